package id.go.wna.cases.service;

import id.go.wna.cases.domain.GuardianshipNeed;

import java.time.Instant;

/** The case's person appears to need a guardian (VCCR Art. 37(b)). */
public record RecordGuardianshipNeed(GuardianshipNeed.Reason reason, Instant identifiedAt, String province, String currentCare) {
}
