package id.go.wna.cases;

import id.go.wna.cases.domain.CaseKind;
import id.go.wna.cases.domain.CaseLifecycle;
import id.go.wna.cases.domain.CaseOutcome;
import id.go.wna.cases.domain.CaseStage;
import id.go.wna.cases.domain.CaseStatus;
import id.go.wna.cases.domain.CaseStep;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The state machine's rules, over every kind and every step (plain JUnit). The API test takes the allowed moves from
 * the service; this one says independently what they must never include.
 */
class CaseLifecycleRulesTest {

    private static List<CaseStep> everyStep() {
        List<CaseStep> steps = new ArrayList<>(List.of(CaseStep.of(CaseStatus.REPORTED), CaseStep.of(CaseStatus.VERIFIED),
                CaseStep.of(CaseStatus.ARCHIVED)));
        for (CaseStage s : CaseStage.values()) {
            steps.add(CaseStep.active(s));
        }
        for (CaseOutcome o : CaseOutcome.values()) {
            steps.add(CaseStep.resolved(o));
        }
        return steps;
    }

    @Test
    void aCaseNeverGoesBackToReportedOrVerifiedAndAnArchivedCaseNeverMoves() {
        for (CaseKind kind : CaseKind.values()) {
            for (CaseStep from : everyStep()) {
                for (CaseStep to : CaseLifecycle.allowedFrom(kind, from)) {
                    assertFalse(to.status() == CaseStatus.REPORTED, kind + " " + from + " -> " + to);
                    assertFalse(to.status() == CaseStatus.VERIFIED && from.status() != CaseStatus.REPORTED, kind + " " + from + " -> " + to);
                }
            }
            assertEquals(List.of(), CaseLifecycle.allowedFrom(kind, CaseStep.of(CaseStatus.ARCHIVED)));
            assertEquals(List.of(CaseStep.of(CaseStatus.ARCHIVED)), CaseLifecycle.allowedFrom(kind, CaseStep.resolved(CaseOutcome.RELEASED)));
        }
    }

    @Test
    void nothingIsArchivedBeforeItIsResolvedNorResolvedWithoutAnOutcome() {
        for (CaseKind kind : CaseKind.values()) {
            for (CaseStep from : everyStep()) {
                for (CaseStep to : CaseLifecycle.allowedFrom(kind, from)) {
                    if (to.status() == CaseStatus.ARCHIVED) {
                        assertEquals(CaseStatus.RESOLVED, from.status(), kind + " " + from);
                    }
                    if (to.status() == CaseStatus.RESOLVED) {
                        assertTrue(to.outcome() != null, kind + " " + from);
                    }
                    if (to.status() == CaseStatus.ACTIVE) {
                        assertTrue(to.stage() != null, kind + " " + from);
                    }
                }
            }
        }
    }

    @Test
    void onlyACriminalTrialEndsInAnAcquittalAndOnlyASentenceIsCompleted() {
        for (CaseKind kind : CaseKind.values()) {
            for (CaseStep from : everyStep()) {
                List<CaseStep> allowed = CaseLifecycle.allowedFrom(kind, from);
                boolean acquittal = allowed.contains(CaseStep.resolved(CaseOutcome.ACQUITTED));
                boolean sentenceDone = allowed.contains(CaseStep.resolved(CaseOutcome.SENTENCE_COMPLETED));
                assertEquals(kind.criminal() && from.equals(CaseStep.active(CaseStage.TRIAL)), acquittal, kind + " " + from);
                assertEquals(kind.criminal() && from.equals(CaseStep.active(CaseStage.SERVING_SENTENCE)), sentenceDone, kind + " " + from);
            }
        }
    }

    @Test
    void nonCriminalCasesNeverEnterCriminalStagesAndADeathCanEndAnyOpenCase() {
        List<CaseStage> criminalOnly = List.of(CaseStage.INVESTIGATION, CaseStage.PROSECUTION, CaseStage.SERVING_SENTENCE);
        for (CaseKind kind : CaseKind.values()) {
            for (CaseStep from : everyStep()) {
                List<CaseStep> allowed = CaseLifecycle.allowedFrom(kind, from);
                if (!kind.criminal()) {
                    criminalOnly.forEach(s -> assertFalse(allowed.contains(CaseStep.active(s)), kind + " " + from + " -> " + s));
                }
                if (kind != CaseKind.CRIMINAL && kind != CaseKind.IMMIGRATION_CRIME && kind != CaseKind.ADMINISTRATIVE_ACTION) {
                    assertFalse(allowed.contains(CaseStep.resolved(CaseOutcome.DEPORTED)), kind + " " + from + " cannot end in a deportation");
                }
                boolean open = from.status() != CaseStatus.RESOLVED && from.status() != CaseStatus.ARCHIVED;
                assertEquals(open, allowed.contains(CaseStep.resolved(CaseOutcome.DECEASED)), kind + " " + from);
            }
        }
        assertEquals(List.of(CaseStep.active(CaseStage.TRIAL), CaseStep.active(CaseStage.INVESTIGATION),
                        CaseStep.active(CaseStage.DETAINED_AWAITING_DEPORTATION), CaseStep.resolved(CaseOutcome.RELEASED),
                        CaseStep.resolved(CaseOutcome.WITHDRAWN), CaseStep.resolved(CaseOutcome.DECEASED)),
                CaseLifecycle.allowedFrom(CaseKind.CRIMINAL, CaseStep.active(CaseStage.PROSECUTION)),
                "prosecution goes to trial, back to the investigators (P-19), or to deportation");
    }
}
