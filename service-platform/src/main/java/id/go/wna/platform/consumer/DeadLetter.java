package id.go.wna.platform.consumer;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.apache.kafka.common.header.Header;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A record a consumer could not process, byte for byte, with where it came from and why it failed. */
@Entity
@Table(name = "dead_letter")
public class DeadLetter extends PanacheEntityBase {

    /** PENDING until re-driven; REDRIVING while a re-drive applies it (redrivenAt: since when); REDRIVEN once applied. */
    public enum Status { PENDING, REDRIVING, REDRIVEN }

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
    /** The record's key as it came (null: no key). */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "key_bytes")
    public byte[] keyBytes;
    /** The record's value as it came (null: a tombstone). */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "value_bytes")
    public byte[] valueBytes;
    /** The record's headers in their order, as {@link DeadLetters} encodes them. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "header_bytes")
    public byte[] headerBytes;
    /** Headers of dead letters kept before the bytes were (text values). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "legacy_headers")
    public Map<String, String> legacyHeaders;
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
    /** The corrected value it was re-driven with (null: as it came), for a replay that meets the record again. */
    @JdbcTypeCode(SqlTypes.VARBINARY)
    @Column(name = "redriven_value")
    public byte[] redrivenValue;

    /** The record's headers, in their order. */
    public List<Header> headers() {
        return headerBytes == null ? DeadLetters.legacyHeaders(legacyHeaders) : DeadLetters.decodeHeaders(headerBytes);
    }
}
