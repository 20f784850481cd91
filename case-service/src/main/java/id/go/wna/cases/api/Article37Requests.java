package id.go.wna.cases.api;

import id.go.wna.cases.domain.DeathRecord;
import id.go.wna.cases.domain.GuardianshipNeed;
import id.go.wna.cases.domain.WreckOrCrash;
import id.go.wna.cases.service.RecordDeath;
import id.go.wna.cases.service.RecordGuardianshipNeed;
import id.go.wna.cases.service.RecordWreckOrCrash;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What an officer records for the consular triggers of VCCR Art. 37: a death, a guardianship need, a wreck or crash. */
public final class Article37Requests {

    private Article37Requests() {
    }

    @Schema(name = "RecordDeathRequest", description = "The death of the case's person (VCCR Art. 37(a)); in custody or not")
    public record Death(
            @NotNull @Schema(required = true, example = "2026-11-27") @PlausibleDate LocalDate diedOn,
            @Schema(description = "Time of death, if known", example = "2026-11-27T06:40:00Z") @PlausibleDate Instant diedAt,
            @NotBlank @Size(max = 300) @Schema(required = true, example = "RSUP Sanglah, Denpasar") String placeOfDeath,
            @NotBlank @Size(max = 60) @Schema(required = true, description = ProvinceField.DESCRIPTION, example = "51") String province,
            @Size(max = 500) @Schema(description = "As certified; health data, sent to Kemlu only") String cause,
            @NotNull @Schema(required = true, example = "ILLNESS") DeathRecord.CauseCategory causeCategory,
            @Size(max = 300) @Schema(example = "Instalasi Forensik RSUP Sanglah") String remainsLocation,
            @Valid List<NextOfKin> nextOfKin) {

        RecordDeath command() {
            return new RecordDeath(diedOn, diedAt, placeOfDeath, province, cause, causeCategory, remainsLocation,
                    nextOfKin == null ? null : nextOfKin.stream()
                            .map(k -> new DeathRecord.Kin(k.name(), k.relationship(), k.contact(), k.country(), k.informed())).toList());
        }
    }

    @Schema(description = "A next of kin known to the authorities")
    public record NextOfKin(
            @NotBlank @Size(max = 200) String name,
            @NotNull @Pattern(regexp = "SPOUSE|PARTNER|PARENT|CHILD|SIBLING|GUARDIAN|OTHER",
                    message = "must be SPOUSE, PARTNER, PARENT, CHILD, SIBLING, GUARDIAN or OTHER") String relationship,
            @Size(max = 300) String contact,
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 3166-1 alpha-3 code") String country,
            Boolean informed) {
    }

    @Schema(name = "RecordGuardianshipNeedRequest", description = "The case's person appears to need a guardian (VCCR Art. 37(b))")
    public record Guardianship(
            @NotNull @Schema(required = true, example = "UNACCOMPANIED_MINOR") GuardianshipNeed.Reason reason,
            @NotNull @Schema(required = true, example = "2026-11-28T03:00:00Z") @PlausibleDate Instant identifiedAt,
            @NotBlank @Size(max = 60) @Schema(required = true, description = ProvinceField.DESCRIPTION, example = "21") String province,
            @Size(max = 300) @Schema(description = "Where and with whom the person is now", example = "Shelter of Dinas Sosial Batam")
            String currentCare) {

        RecordGuardianshipNeed command() {
            return new RecordGuardianshipNeed(reason, identifiedAt, province, currentCare);
        }
    }

    @Schema(name = "RecordWreckOrCrashRequest", description = "A foreign ship wrecked or aground, or a foreign-registered aircraft "
            + "crashed (VCCR Art. 37(c)); the case's nationality is the flag or registration state")
    public record Wreck(
            @NotNull @Schema(required = true) WreckOrCrash.CraftType craftType,
            @NotBlank @Size(max = 200) @Schema(required = true, description = "The ship's name or the flight", example = "MV Ocean Star") String craft,
            @Size(max = 40) @Schema(description = "IMO number or registration mark", example = "IMO 9321483") String registration,
            @NotNull @Schema(required = true) @PlausibleDate Instant occurredAt,
            @NotBlank @Size(max = 300) @Schema(required = true, example = "Selat Sunda, 12 nm off Merak") String place,
            @NotBlank @Size(max = 60) @Schema(required = true, description = "The nearest at sea. " + ProvinceField.DESCRIPTION, example = "36") String province,
            @PositiveOrZero Integer personsOnBoard,
            @PositiveOrZero Integer dead,
            @PositiveOrZero Integer missing) {

        RecordWreckOrCrash command() {
            return new RecordWreckOrCrash(craftType, craft, registration, occurredAt, place, province, personsOnBoard, dead, missing);
        }
    }
}
