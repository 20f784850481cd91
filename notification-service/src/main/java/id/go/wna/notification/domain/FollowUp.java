package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.UUID;

/** A later stage of a custody episode (transfer, illness, release, deportation, death penalty) owed to the post. */
@Entity
@Table(name = "follow_up")
public class FollowUp extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID obligationId;
    public UUID sourceEventId;
    public String stage;
    public Instant occurredAt;
    public Instant scheduledAt;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String details;
    public Instant warningAt;
    /** Null when the post is not to be told (on request, the person did not ask). */
    public Instant dueAt;
    public Instant receivedAt;
    public UUID noticeId;

    /**
     * Every stage of a death-penalty case (charge, sentence, each appeal, case review, clemency, execution) is told to
     * the post, even when the person never asked or declined (docs/domain.md). {@link #ALWAYS_NOTIFIED_SQL} says the same.
     */
    public static boolean alwaysNotified(String stage) {
        return stage.startsWith("DEATH_PENALTY") || stage.startsWith("DEATH_SENTENCE") || stage.equals("EXECUTION_SCHEDULED")
                || stage.equals("EXECUTION_NOTICE_GIVEN");
    }

    /** {@link #alwaysNotified} as a condition on a follow_up row aliased {@code f} (SQL and HQL alike). */
    public static final String ALWAYS_NOTIFIED_SQL = "(f.stage like 'DEATH_PENALTY%' or f.stage like 'DEATH_SENTENCE%'"
            + " or f.stage in ('EXECUTION_SCHEDULED', 'EXECUTION_NOTICE_GIVEN'))";

    /** The convict is told of the execution 3 x 24 h before it (UU 2/PNPS/1964): from then the post must hear at once. */
    public static boolean executionNotice(String stage) {
        return stage.equals("EXECUTION_NOTICE_GIVEN");
    }

    /**
     * A death in custody is owed to the post as a death (Art. 37(a)), from Imigrasi's death notice, which opens an
     * obligation of its own: one letter, not two. The follow-up still ends the custody.
     */
    public static boolean toldAsADeath(String stage) {
        return stage.equals("DEATH_IN_CUSTODY");
    }
}
