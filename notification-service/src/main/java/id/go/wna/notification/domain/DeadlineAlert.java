package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A warning or a breach raised on one clock of an obligation; written once by {@code DeadlineWatch} (its unique key
 * makes a second scan, or a second instance, raise nothing), read here.
 */
@Entity
@Table(name = "deadline_alert")
public class DeadlineAlert extends PanacheEntityBase {

    @Id
    public UUID id;
    public UUID obligationId;
    /** ADVISEMENT, NOTIFICATION, ACKNOWLEDGEMENT or ACCESS. */
    public String clock;
    /** The obligation, follow-up, notice or access request on the clock. */
    public UUID subjectId;
    /** WARNING or BREACH. */
    public String level;
    public Instant dueAt;
    public Instant raisedAt;
}
