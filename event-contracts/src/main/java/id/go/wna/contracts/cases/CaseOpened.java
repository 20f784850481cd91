package id.go.wna.contracts.cases;

import java.time.Instant;
import java.util.UUID;

/**
 * {@code CaseOpened.v1} on {@code wna.case-events.v1}, key {@code caseId}: Imigrasi opened a case about a foreign
 * national. Pseudonymous: no name, document or birth date ever travels on this topic.
 *
 * @param caseId      the case
 * @param kind        CRIMINAL, CIVIL, IMMIGRATION_CRIME or ADMINISTRATIVE_ACTION
 * @param status      the case status after opening (OPEN)
 * @param nationality ISO 3166-1 alpha-3 code of the person's nationality
 * @param province    the Indonesian province where the case is handled
 * @param openedAt    when the case was opened
 */
public record CaseOpened(UUID caseId, String kind, String status, String nationality, String province, Instant openedAt) {
}
