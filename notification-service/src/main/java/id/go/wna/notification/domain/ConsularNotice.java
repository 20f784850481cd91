package id.go.wna.notification.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A notice that went to a post: channel, reference number, time, delivery, and the post's acknowledgement. */
@Entity
@Table(name = "consular_notice")
public class ConsularNotice extends PanacheEntityBase {

    public enum Kind { INITIAL, FOLLOW_UP, DEATH, CORRECTION }

    public enum Basis {
        REQUESTED, MANDATORY, ARTICLE_37, ARTICLE_42, SUPERVISED_OVERRIDE,
        /** A detained child, notified by Kemlu policy: not a bilateral arrangement (docs/domain.md). */
        KEMLU_POLICY_MINOR,
        /** A stage of a death-penalty case told although the person never asked or declined: it is owed whatever they said. */
        DEATH_PENALTY_CASE
    }

    public enum Channel { EMAIL, FAX, PHONE, DIPLOMATIC_NOTE, PORTAL }

    public enum Delivery { SENT, DELIVERED, FAILED }

    @Id
    public UUID id;
    public UUID obligationId;
    public UUID followUpId;
    @Enumerated(EnumType.STRING)
    public Kind kind;
    @Enumerated(EnumType.STRING)
    public Basis basis;
    @Enumerated(EnumType.STRING)
    public Channel channel;
    public String postCode;
    public String referenceNumber;
    public Instant sentAt;
    public String sentBy;
    public Instant dueAt;
    public boolean late;
    public long delayMinutes;
    @Enumerated(EnumType.STRING)
    public Delivery deliveryStatus;
    public Instant deliveryUpdatedAt;
    public String deliveryDetail;
    public Instant acknowledgementChaseAt;
    public Instant acknowledgedAt;
    @Enumerated(EnumType.STRING)
    public Channel acknowledgementChannel;
    public String acknowledgedBy;
    @Version
    public long version;
}
