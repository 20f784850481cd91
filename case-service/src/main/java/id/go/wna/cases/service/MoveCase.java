package id.go.wna.cases.service;

import id.go.wna.cases.domain.CaseOutcome;
import id.go.wna.cases.domain.CaseStage;
import id.go.wna.cases.domain.CaseStatus;

/** Move a case to a step of its lifecycle: ACTIVE with a stage, RESOLVED with an outcome; {@code reason} is published. */
public record MoveCase(CaseStatus status, CaseStage stage, CaseOutcome outcome, String reason) {
}
