package id.go.wna.cases.bench;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** Tests only: the one entity the baseline endpoint persists. */
@Entity
@Table(name = "bench_plain_record")
public class PlainRecord extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Column(nullable = false)
    public String facility;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
}
