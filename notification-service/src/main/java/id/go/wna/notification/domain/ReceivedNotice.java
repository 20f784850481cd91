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

/**
 * The latest restricted notice from Imigrasi (custody, death, guardianship) for one subject: the identity and facts
 * the letter to the post prints. Identifiable data: read through the audit log.
 */
@Entity
@Table(name = "received_notice")
public class ReceivedNotice extends PanacheEntityBase {

    @Id
    public UUID id;
    public String noticeType;
    public UUID caseId;
    public String subjectKey;
    public UUID personRef;
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(columnDefinition = "jsonb")
    public String payload;
    public Instant issuedAt;
    public Instant receivedAt;
}
