package dk.samspil.improvement;

import java.time.LocalDate;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Internal: other modules go through {@link ImprovementActions}. */
interface ImprovementActionRepository extends JpaRepository<ImprovementAction, Long> {

    List<ImprovementAction> findAllByOrderByReviewDateAsc();

    @Query("select a from ImprovementAction a where a.municipalityCode is null or a.municipalityCode = :municipality "
            + "order by a.reviewDate")
    List<ImprovementAction> findVisibleTo(int municipality);

    /** The programme's actions and, for a municipality, its own, starting in the months, for the charts. */
    @Query("select a from ImprovementAction a join a.indicatorCodes c where c = :code "
            + "and (a.municipalityCode is null or a.municipalityCode = :municipality) "
            + "and a.startDate between :from and :to order by a.startDate")
    List<ImprovementAction> findForChart(String code, Integer municipality, LocalDate from, LocalDate to);
}
