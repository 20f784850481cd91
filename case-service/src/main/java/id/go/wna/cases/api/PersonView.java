package id.go.wna.cases.api;

import id.go.wna.cases.domain.Person;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

@Schema(name = "Person", description = "A foreign national, with identity: every read is written to the audit log")
public record PersonView(UUID id, UUID personRef, String surname, String givenNames, String mrzSurname,
                         String mrzGivenNames, String sex, LocalDate birthDate, String birthPlace, boolean minor,
                         List<String> nationalities, List<String> languages, List<DocumentView> documents,
                         StayPermitView stayPermit, boolean asylumSeekerOrRefugee, String unhcrNumber,
                         boolean traffickingVictim, Person.Immunity immunity, int version) {

    public record DocumentView(String type, String number, String issuingState, LocalDate expiry) {
    }

    public record StayPermitView(Person.StayPermitType type, LocalDate validFrom, LocalDate validUntil) {
    }

    static PersonView of(Person p, UUID personRef) {
        return new PersonView(p.id, personRef, p.surname, p.givenNames, p.mrzSurname, p.mrzGivenNames, p.sex, p.birthDate,
                p.birthPlace, p.isMinorOn(LocalDate.now()), List.copyOf(p.nationalities), List.copyOf(p.languages),
                p.documents.stream().map(d -> new DocumentView(d.type, d.number, d.issuingState, d.expiry)).toList(),
                p.stayPermitType == null ? null : new StayPermitView(p.stayPermitType, p.stayPermitValidFrom, p.stayPermitValidUntil),
                p.asylumSeekerOrRefugee, p.unhcrNumber, p.traffickingVictim, p.immunity, p.version);
    }
}
