package id.go.wna.notification.api;

import id.go.wna.notification.domain.Regime;
import id.go.wna.notification.domain.RegimeKind;
import id.go.wna.notification.service.PostDirectory;
import id.go.wna.notification.service.RegimeTerms;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;

@Schema(description = "The consular notification terms for a country's nationals on a day (one version); configured=false: "
        + "no version covers the day, the VCCR defaults")
public record RegimeView(
        @Schema(example = "AUS") String country,
        @Schema(example = "Australia") String countryName,
        RegimeKind kind,
        String legalBasis,
        @Schema(example = "6") long advisementWithinHours,
        @Schema(example = "24") long notificationWarningAfterHours,
        @Schema(example = "72") long notificationDueWithinHours,
        @Schema(example = "48") long acknowledgementChaseAfterHours,
        @Schema(example = "96") long accessWithinHours,
        boolean configured,
        @Schema(description = "The instrument letters cite; [check] while unverified") String instrument,
        @Schema(description = "First day (Jakarta) this version applies (null: since always)") LocalDate effectiveFrom,
        @Schema(description = "First day it no longer applies, its last day being the day before (null: in force)") LocalDate effectiveTo,
        @Schema(description = "Null for the defaults") Instant updatedAt,
        @Schema(description = "Null for the defaults") String updatedBy,
        @Schema(description = "This version's ETag (counts its corrections); null for the defaults") Long version) {

    public static RegimeView of(RegimeTerms t, Regime row) {
        return new RegimeView(t.country(), PostDirectory.countryName(t.country()), t.kind(), t.legalBasis(),
                t.advisementWithin().toHours(), t.notificationWarningAfter().toHours(), t.notificationDueWithin().toHours(),
                t.acknowledgementChaseAfter().toHours(), t.accessWithin().toHours(), t.configured(), t.instrument(),
                t.effectiveFrom(), t.effectiveTo(),
                row == null ? null : row.updatedAt, row == null ? null : row.updatedBy, row == null ? null : row.version);
    }

    public static RegimeView of(Regime row) {
        return of(RegimeTerms.of(row), row);
    }
}
