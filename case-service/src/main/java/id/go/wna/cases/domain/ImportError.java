package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.List;
import java.util.UUID;

/** A row an import rejected: its line, the field at fault and why. Written by {@code PresenceImport} with COPY. */
@Entity
@Table(name = "presence_import_error")
public class ImportError extends PanacheEntityBase {

    @Id
    public Long id;
    @Column(name = "job_id", nullable = false)
    public UUID jobId;
    @Column(nullable = false)
    public long line;
    @Column(nullable = false)
    public String field;
    @Column(nullable = false)
    public String message;

    public static List<ImportError> page(UUID jobId, int page, int size) {
        return find("jobId = ?1 order by line, id", jobId).page(page, size).list();
    }
}
