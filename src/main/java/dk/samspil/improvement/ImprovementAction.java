package dk.samspil.improvement;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * An improvement action (V036): what is tried, by which role, from when, when it is reviewed, its
 * status and the indicators or survey constructs it should move. The municipality is a code: the
 * programme's own actions have none.
 */
@Entity
@Table(name = "improvement_action")
class ImprovementAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Version
    private long version;

    private String title;
    private String responsibleRole;
    private LocalDate startDate;
    private LocalDate reviewDate;

    // the column is a VARCHAR with a CHECK, not MariaDB's ENUM type
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    private ActionStatus status;

    @JdbcTypeCode(SqlTypes.SMALLINT)
    private Integer municipalityCode;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "improvement_action_indicator", joinColumns = @JoinColumn(name = "action_id"))
    @Column(name = "indicator_code")
    private Set<String> indicatorCodes = new LinkedHashSet<>();

    private String createdBy;
    private LocalDateTime createdAt;
    private String updatedBy;
    private LocalDateTime updatedAt;

    protected ImprovementAction() {
    }

    ImprovementAction(ActionDraft draft, String by, LocalDateTime at) {
        this.title = draft.title();
        this.responsibleRole = draft.responsibleRole();
        this.startDate = draft.start();
        this.reviewDate = draft.review();
        this.status = draft.status();
        this.municipalityCode = draft.municipalityCode();
        this.indicatorCodes.addAll(draft.indicatorCodes());
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void change(ActionStatus status, LocalDate reviewDate, String by, LocalDateTime at) {
        this.status = status;
        this.reviewDate = reviewDate;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    ActionSummary summary(LocalDate today) {
        return new ActionSummary(id, title, responsibleRole, startDate, reviewDate, status, municipalityCode,
                Set.copyOf(indicatorCodes), status.open() && reviewDate.isBefore(today));
    }

    Long id() {
        return id;
    }

    Integer municipalityCode() {
        return municipalityCode;
    }

    ActionStatus status() {
        return status;
    }

    LocalDate reviewDate() {
        return reviewDate;
    }

    LocalDate startDate() {
        return startDate;
    }
}
