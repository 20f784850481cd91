package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A bulk import of presence movements and its progress, committed batch by batch with the movements themselves. */
@Entity
@Table(name = "presence_import_job")
public class ImportJob extends PanacheEntityBase {

    public enum Format { CSV, NDJSON }

    public enum Status { RUNNING, COMPLETED, FAILED }

    @Id
    public UUID id;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Format format;
    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;
    @Column(name = "rows_read", nullable = false)
    public long rowsRead;
    @Column(nullable = false)
    public long accepted;
    @Column(nullable = false)
    public long duplicates;
    @Column(nullable = false)
    public long rejected;
    @Column(name = "submitted_by")
    public String submittedBy;
    public String failure;
    @Column(name = "started_at", nullable = false)
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
}
