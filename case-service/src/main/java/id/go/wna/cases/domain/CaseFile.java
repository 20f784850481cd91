package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.UUID;

/** A case about a foreign national, as Imigrasi records it. */
@Entity
@Table(name = "case_file")
public class CaseFile extends PanacheEntityBase {

    @Id
    public UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public CaseStatus status;

    /** ISO 3166-1 alpha-3. */
    @Column(nullable = false, columnDefinition = "bpchar")
    public String nationality;

    @Column(nullable = false)
    public String province;

    public String summary;

    @Column(name = "opened_at", nullable = false)
    public Instant openedAt;

    /** The foreign national the case is about, once registered. */
    @Column(name = "person_id")
    public UUID personId;

    @Version
    public int version;

    public static CaseFile open(CaseKind kind, String nationality, String province, String summary, Instant now) {
        CaseFile c = new CaseFile();
        c.id = UUID.randomUUID();
        c.kind = kind;
        c.status = CaseStatus.OPEN;
        c.nationality = nationality;
        c.province = province;
        c.summary = summary;
        c.openedAt = now;
        return c;
    }
}
