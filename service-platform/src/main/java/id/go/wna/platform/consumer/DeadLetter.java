package id.go.wna.platform.consumer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/** A record a consumer could not process, with where it came from and why it failed. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    public enum Status { PENDING, REDRIVEN }

    @Id
    public UUID id;
    @Column(nullable = false)
    public String consumer;
    @Column(name = "source_topic", nullable = false)
    public String sourceTopic;
    @Column(name = "source_partition", nullable = false)
    public int sourcePartition;
    @Column(name = "source_offset", nullable = false)
    public long sourceOffset;
    @Column(name = "record_key")
    public String recordKey;
    @Column(name = "record_value")
    public String recordValue;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, String> headers;
    @Column(name = "event_id")
    public String eventId;
    @Column(name = "event_type")
    public String eventType;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public FailureReason reason;
    @Column(nullable = false)
    public String error;
    @Column(nullable = false)
    public int attempts;
    @Column(name = "failed_at", nullable = false)
    public Instant failedAt;
    @Column(name = "dlq_published_at")
    public Instant dlqPublishedAt;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "redriven_at")
    public Instant redrivenAt;
    @Column(name = "redriven_value_changed")
    public Boolean redrivenValueChanged;
}
