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

    /** Every stage of a death-penalty case is told to the post, even when the person never asked (DOMAIN.md §3). */
    public static boolean alwaysNotified(String stage) {
        return stage.startsWith("DEATH_PENALTY") || stage.startsWith("DEATH_SENTENCE") || stage.equals("EXECUTION_SCHEDULED");
    }

    /**
     * A death in custody is owed to the post as a death (Art. 37(a)), from Imigrasi's death notice, which opens an
     * obligation of its own: one letter, not two. The follow-up still ends the custody.
     */
    public static boolean toldAsADeath(String stage) {
        return stage.equals("DEATH_IN_CUSTODY");
    }
}
