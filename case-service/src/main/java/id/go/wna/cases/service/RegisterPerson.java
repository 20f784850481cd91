package id.go.wna.cases.service;

import id.go.wna.cases.domain.Person;

import java.time.LocalDate;
import java.util.List;

/** A foreign national to register: the MRZ when there is one fills what is left out. */
public record RegisterPerson(String mrz, String surname, String givenNames, String sex, LocalDate birthDate, String birthPlace,
                             List<String> nationalities, List<String> languages, Document document, StayPermit stayPermit,
                             Vulnerability vulnerability, Person.Immunity immunity) {

    public record Document(String type, String number, String issuingState, LocalDate expiry) {
    }

    public record StayPermit(Person.StayPermitType type, LocalDate validFrom, LocalDate validUntil) {
    }

    public record Vulnerability(boolean asylumSeekerOrRefugee, String unhcrNumber, boolean traffickingVictim) {
    }
}
