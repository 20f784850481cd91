package id.go.wna.cases.api;

import id.go.wna.cases.domain.ImportError;
import id.go.wna.cases.domain.ImportJob;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Schema(name = "ImportJob", description = "A presence import and its progress (updated as each batch commits). rowsRead = "
        + "accepted + duplicates + rejected. errors: the first ones by line; all of them at .../errors")
public record ImportJobView(UUID id, ImportJob.Format format, ImportJob.Status status, long rowsRead, long accepted,
                            long duplicates, long rejected, Instant startedAt, Instant finishedAt,
                            @Schema(description = "Why the import stopped, when FAILED") String failure,
                            List<ImportErrorView> errors) {
    static ImportJobView of(ImportJob j, List<ImportError> firstErrors) {
        return new ImportJobView(j.id, j.format, j.status, j.rowsRead, j.accepted, j.duplicates, j.rejected, j.startedAt,
                j.finishedAt, j.failure, firstErrors.stream().map(ImportErrorView::of).toList());
    }
}
