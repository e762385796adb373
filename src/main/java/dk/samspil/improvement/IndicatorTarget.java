package dk.samspil.improvement;

import java.time.LocalDate;
import java.time.LocalDateTime;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One target (V035): an indicator, the programme (no municipality) or one municipality, from a month. */
@Entity
@Table(name = "indicator_target")
class IndicatorTarget {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String indicatorCode;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer municipalityCode;

    private double targetValue;
    private LocalDate startMonth;
    private String setBy;
    private LocalDateTime setAt;

    protected IndicatorTarget() {
    }

    IndicatorTarget(String indicatorCode, Integer municipalityCode, LocalDate startMonth) {
        this.indicatorCode = indicatorCode;
        this.municipalityCode = municipalityCode;
        this.startMonth = startMonth;
    }

    void set(double value, String by, LocalDateTime at) {
        this.targetValue = value;
        this.setBy = by;
        this.setAt = at;
    }

    Long id() {
        return id;
    }

    String indicatorCode() {
        return indicatorCode;
    }

    Integer municipalityCode() {
        return municipalityCode;
    }

    double targetValue() {
        return targetValue;
    }

    LocalDate startMonth() {
        return startMonth;
    }

    String setBy() {
        return setBy;
    }

    LocalDateTime setAt() {
        return setAt;
    }
}
