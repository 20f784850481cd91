package id.go.wna.notification.api;

import id.go.wna.notification.domain.RegimeKind;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "One version of a country's consular notification regime, whole. A deadline left out takes the default "
        + "(6, 24, 72, 48, 96 hours). Each is a positive number of hours, at most 720; the warning comes before the breach.")
public record RegimeRequest(
        @NotNull @Schema(required = true, example = "MANDATORY") RegimeKind kind,
        @Size(max = 1000) @Schema(description = "Required for MANDATORY: the bilateral arrangement. Left out for ON_REQUEST: VCCR Art. 36(1)(b)")
        String legalBasis,
        @Schema(description = "Advise the detainee of the right to consular notification within this, from identification as foreign",
                example = "6") Integer advisementWithinHours,
        @Schema(description = "The notice is flagged as getting late after this, from arrest", example = "24") Integer notificationWarningAfterHours,
        @Schema(description = "The notice is late (a breach) after this, from arrest", example = "72") Integer notificationDueWithinHours,
        @Schema(description = "Chase the post's acknowledgement this long after sending", example = "48") Integer acknowledgementChaseAfterHours,
        @Schema(description = "Arrange a requested consular visit within this, from the request", example = "96") Integer accessWithinHours,
        @Size(max = 300) @Schema(description = "The instrument by name, which letters cite (e.g. the bilateral arrangement and "
                + "its date); keep [check] while unverified. Left out: the legal basis is cited")
        String instrument,
        @Schema(description = "First day (Jakarta) this version applies to an act. Required when adding a version (POST .../versions); "
                + "in a correction (PUT) left out: kept (a first version: since always)", example = "2010-01-01")
        LocalDate effectiveFrom,
        @Schema(description = "First day it no longer applies (its last day is the day before); left out: in force (a correction "
                + "keeps it). A day no version covers gets the VCCR defaults")
        LocalDate effectiveTo) {
}
