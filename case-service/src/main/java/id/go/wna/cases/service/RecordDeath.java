package id.go.wna.cases.service;

import id.go.wna.cases.domain.DeathRecord;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The death of the case's person (VCCR Art. 37(a)), in custody or not. */
public record RecordDeath(LocalDate diedOn, Instant diedAt, String placeOfDeath, String province, String cause,
                          DeathRecord.CauseCategory causeCategory, String remainsLocation, List<DeathRecord.Kin> nextOfKin) {
}
