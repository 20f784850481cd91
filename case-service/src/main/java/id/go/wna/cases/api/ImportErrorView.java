package id.go.wna.cases.api;

import id.go.wna.cases.domain.ImportError;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ImportError", description = "A rejected row: its line (CSV header = line 1; NDJSON first line = 1), the field "
        + "at fault (\"row\" for a line that is not a row at all) and why")
public record ImportErrorView(long line, String field, String message) {
    static ImportErrorView of(ImportError e) {
        return new ImportErrorView(e.line, e.field, e.message);
    }
}
