package id.go.wna.cases.api;

import id.go.wna.cases.domain.Person;
import id.go.wna.cases.service.RegisterPerson;
import id.go.wna.platform.api.PlausibleDate;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;

@Schema(description = "A foreign national to register. Give the passport's MRZ when you have it: its check digits are "
        + "verified and it fills the document, MRZ names, sex, birth date and nationality; printed names default to the MRZ names.")
public record RegisterPersonRequest(
        @Schema(description = "The two 44-character MRZ lines of a passport (TD3), separated by a line break",
                example = "P<AUSCITIZEN<<JANE<MARY<<<<<<<<<<<<<<<<<<<<<\nPA12345673AUS8802152F3101012<<<<<<<<<<<<<<<0")
        String mrz,
        @Size(max = 200) @Schema(description = "Surname as printed on the document") String surname,
        @Size(max = 200) @Schema(description = "Given names as printed") String givenNames,
        @Pattern(regexp = "[MFX]", message = "must be M, F or X") String sex,
        @Past @PlausibleDate LocalDate birthDate,
        @Size(max = 200) String birthPlace,
        @Size(max = 4) @Schema(description = "ICAO Doc 9303 nationality codes (ISO 3166-1 alpha-3, or D, GBD..GBS, UNO/UNA/UNK, XXA stateless, XXB/XXC refugee, XXX)",
                example = "[\"AUS\"]") List<@Pattern(regexp = "[A-Z]{1,3}", message = "must be an ICAO nationality code") String> nationalities,
        @Size(max = 10) List<@Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?", message = "must be a language tag such as id, en or zh-Hant") String> languages,
        @Valid Document document,
        @Valid StayPermit stayPermit,
        @Valid Vulnerability vulnerability,
        @Schema(description = "Immunity from arrest or jurisdiction; anything but NONE escalates custody to Protocol") Person.Immunity immunity) {

    RegisterPerson command() {
        return new RegisterPerson(mrz, surname, givenNames, sex, birthDate, birthPlace, nationalities, languages,
                document == null ? null : new RegisterPerson.Document(document.type(), document.number(), document.issuingState(),
                        document.expiry()),
                stayPermit == null ? null : new RegisterPerson.StayPermit(stayPermit.type(), stayPermit.validFrom(), stayPermit.validUntil()),
                vulnerability == null ? null : new RegisterPerson.Vulnerability(vulnerability.asylumSeekerOrRefugee(),
                        vulnerability.unhcrNumber(), vulnerability.traffickingVictim()),
                immunity);
    }

    public record Document(
            @NotBlank @Pattern(regexp = "[A-Z]{1,2}", message = "must be an ICAO document type such as P") String type,
            @NotBlank @Pattern(regexp = "[A-Z0-9]{1,20}", message = "must be the document number in capitals and digits") String number,
            @NotBlank @Pattern(regexp = "[A-Z]{1,3}", message = "must be an ICAO code such as AUS") String issuingState,
            @PlausibleDate LocalDate expiry) {
    }

    public record StayPermit(@NotNull Person.StayPermitType type, @PlausibleDate LocalDate validFrom, @PlausibleDate LocalDate validUntil) {
    }

    public record Vulnerability(boolean asylumSeekerOrRefugee,
                                @Size(max = 40) @Schema(description = "UNHCR registration number") String unhcrNumber,
                                boolean traffickingVictim) {
    }
}
