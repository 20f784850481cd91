package id.go.wna.cases.service;

import java.time.LocalDate;

/** A decision extending an exit or entry ban from the day after its current end: to {@code effectiveUntil} or by months. */
public record ExtendBan(String decisionNumber, LocalDate decidedOn, LocalDate effectiveUntil, Integer durationMonths, String reason) {
}
