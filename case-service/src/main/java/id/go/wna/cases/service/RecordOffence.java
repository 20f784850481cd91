package id.go.wna.cases.service;

import java.time.LocalDate;

/** An immigration offence on a case: the article as typed ("122 a", "124(b)"); the day committed picks the law applied. */
public record RecordOffence(String article, LocalDate committedOn, String description) {
}
