package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A duty toward a foreign consular post: one per person, event and nationality. Its deadlines are computed from the
 * event times and its regime decision, never typed in.
 */
@Entity
@Table(name = "obligation")
public class Obligation extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID caseId;
    public UUID custodyId;
    public UUID personRef;
    public String nationality;
    /** Every nationality of the person (ISO 3166-1 alpha-3), as the notice lists them. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> nationalities = new ArrayList<>();
    @Enumerated(EnumType.STRING)
    public ObligationTrigger trigger;
    public String subjectKey;
    public String legalBasis;
    public Instant triggeredAt;
    public Instant openedAt;
    public String provinceCode;
    public UUID receivedNoticeId;
    /** The facts the regime decision needs, from the latest notice. */
    public String immunity;
    public boolean asylumSeekerOrRefugee;
    public boolean minor;
    /** Set only by {@link ObligationLifecycle}, which owns the obligation's transitions. */
    @Enumerated(EnumType.STRING)
    private ObligationStatus status;
    @Enumerated(EnumType.STRING)
    public NotificationRegime regime;
    /** The reasons of the regime decision, as codes (e.g. KEMLU_POLICY_MINOR). */
    @JdbcTypeCode(SqlTypes.ARRAY)
    public List<String> regimeReasons = new ArrayList<>();
    public String regimeExplanation;
    public Instant regimeDeterminedAt;
    public boolean notifyWithoutRequest;
    public boolean advisementDue;
    public String postCode;
    public Instant advisementWarningAt;
    public Instant advisementDueAt;
    public Instant notificationWarningAt;
    public Instant notificationDueAt;
    public Instant requestedAt;
    public String overrideReason;
    public String overrideBy;
    public Instant overrideAt;
    public Instant custodyStartedAt;
    public Instant custodyEndedAt;
    public String custodyEndReason;
    @Column(name = "escalation_level")
    public int escalationLevel;
    @Version
    public long version;

    public ObligationStatus status() {
        return status;
    }

    /** For {@link ObligationLifecycle} only. */
    void status(ObligationStatus status) {
        this.status = status;
    }

    public List<String> nationalityList() {
        return List.copyOf(nationalities);
    }

    public List<String> reasonList() {
        return List.copyOf(regimeReasons);
    }

    /** Whether a notice may go to the post now: due without request, asked for, or allowed by an override. */
    public boolean noticeAllowed() {
        return switch (regime) {
            case MANDATORY -> true;
            case ON_REQUEST -> requestedAt != null && status != ObligationStatus.DECLINED;
            case ESCALATED -> notifyWithoutRequest;
            case NOT_APPLICABLE, SUPPRESSED, PENDING -> false;
        };
    }
}
