package id.go.wna.cases.service;

import id.go.wna.cases.domain.Agency;
import id.go.wna.cases.domain.CaseKind;

import java.util.UUID;

/**
 * Open a case about a foreign national. {@code province} by BPS code or name; {@code nationality} may be left out for a
 * registered person (their first is taken); the agencies default to Imigrasi, then the reporting one.
 */
public record OpenCase(CaseKind kind, String nationality, String province, String summary, UUID personId,
                       Agency reportingAgency, Agency leadAgency) {
}
