package dk.samspil.improvement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Internal: other modules go through {@link Targets}. */
interface IndicatorTargetRepository extends JpaRepository<IndicatorTarget, Long> {

    @Query("select t from IndicatorTarget t where t.indicatorCode = :code and t.startMonth = :month and "
            + "((:municipality is null and t.municipalityCode is null) or t.municipalityCode = :municipality)")
    Optional<IndicatorTarget> findOne(String code, Integer municipality, LocalDate month);

    /** The newest first, so the first one not after a month is the one in force. */
    @Query("select t from IndicatorTarget t where t.indicatorCode = :code and t.startMonth <= :month and "
            + "((:municipality is null and t.municipalityCode is null) or t.municipalityCode = :municipality) "
            + "order by t.startMonth desc")
    List<IndicatorTarget> inForce(String code, Integer municipality, LocalDate month);

    List<IndicatorTarget> findAllByOrderByIndicatorCodeAscMunicipalityCodeAscStartMonthDesc();
}
