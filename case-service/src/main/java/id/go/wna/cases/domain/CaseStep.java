package id.go.wna.cases.domain;

/**
 * A place in the case lifecycle: a status, with the stage of an ACTIVE case or the outcome of a RESOLVED one.
 * Written as "VERIFIED", "ACTIVE:TRIAL" or "RESOLVED:DEPORTED" in 409 answers.
 */
public record CaseStep(CaseStatus status, CaseStage stage, CaseOutcome outcome) {

    public static CaseStep of(CaseStatus status) {
        return new CaseStep(status, null, null);
    }

    public static CaseStep active(CaseStage stage) {
        return new CaseStep(CaseStatus.ACTIVE, stage, null);
    }

    public static CaseStep resolved(CaseOutcome outcome) {
        return new CaseStep(CaseStatus.RESOLVED, null, outcome);
    }

    @Override
    public String toString() {
        return stage != null ? status + ":" + stage : outcome != null ? status + ":" + outcome : status.name();
    }
}
