package id.go.wna.cases.service;

import java.time.Instant;
import java.time.LocalDate;

/** The deported person left Indonesia, by a border post; the travel document's date if they waited for one. */
public record CompleteDeportation(Instant departedAt, String portOfExit, LocalDate travelDocumentIssuedOn) {
}
