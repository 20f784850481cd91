package id.go.wna.reciprocity.api;

import id.go.wna.reciprocity.service.OutboundReports;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

@Schema(description = "What a CSV import did. accepted = created + replaced; rows = accepted + unchanged + rejected.")
public record OutboundImportView(
        @Schema(description = "Data rows read (blank lines not counted)", example = "3") int rows,
        @Schema(description = "Rows stored: new reports and replaced ones", example = "2") int accepted,
        @Schema(example = "2") int created,
        @Schema(description = "Existing reports replaced (only with replace=true)", example = "0") int replaced,
        @Schema(description = "Rows identical to the report already stored: nothing written", example = "0") int unchanged,
        @Schema(description = "Rows not stored; each has one or more errors", example = "1") int rejected,
        @Schema(description = "Every error, by line (the header is line 1)") List<ErrorView> errors) {

    @Schema(name = "OutboundImportError")
    public record ErrorView(@Schema(example = "4") long line, @Schema(example = "wniNotified") String field,
                            @Schema(example = "(12) exceeds wniDetained (10): it counts of the Indonesians detained, those whose arrest was notified")
                            String message) {
    }

    public static OutboundImportView of(OutboundReports.ImportResult r) {
        return new OutboundImportView(r.rows(), r.created() + r.replaced(), r.created(), r.replaced(), r.unchanged(), r.rejected(),
                r.errors().stream().map(e -> new ErrorView(e.line(), e.field(), e.message())).toList());
    }
}
