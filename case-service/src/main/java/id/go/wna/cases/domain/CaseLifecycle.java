package id.go.wna.cases.domain;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static id.go.wna.cases.domain.CaseOutcome.ACQUITTED;
import static id.go.wna.cases.domain.CaseOutcome.DECEASED;
import static id.go.wna.cases.domain.CaseOutcome.DEPORTED;
import static id.go.wna.cases.domain.CaseOutcome.RELEASED;
import static id.go.wna.cases.domain.CaseOutcome.SENTENCE_COMPLETED;
import static id.go.wna.cases.domain.CaseOutcome.TRANSFERRED_ABROAD;
import static id.go.wna.cases.domain.CaseOutcome.WITHDRAWN;
import static id.go.wna.cases.domain.CaseStage.ADMINISTRATIVE_PROCESS;
import static id.go.wna.cases.domain.CaseStage.DETAINED_AWAITING_DEPORTATION;
import static id.go.wna.cases.domain.CaseStage.INVESTIGATION;
import static id.go.wna.cases.domain.CaseStage.PROSECUTION;
import static id.go.wna.cases.domain.CaseStage.SERVING_SENTENCE;
import static id.go.wna.cases.domain.CaseStage.TRIAL;

/**
 * The case state machine: REPORTED → VERIFIED → ACTIVE (stages) → RESOLVED (outcomes) → ARCHIVED, with the stages a
 * kind of case can go through. A death can end any case that is not yet resolved.
 */
public final class CaseLifecycle {

    /** The stages each kind of case may pass through. */
    private static final Map<CaseKind, Set<CaseStage>> STAGES = Map.of(
            CaseKind.CRIMINAL, EnumSet.of(INVESTIGATION, PROSECUTION, TRIAL, SERVING_SENTENCE, DETAINED_AWAITING_DEPORTATION),
            CaseKind.IMMIGRATION_CRIME, EnumSet.of(INVESTIGATION, PROSECUTION, TRIAL, SERVING_SENTENCE, DETAINED_AWAITING_DEPORTATION),
            CaseKind.ADMINISTRATIVE_ACTION, EnumSet.of(ADMINISTRATIVE_PROCESS, DETAINED_AWAITING_DEPORTATION),
            CaseKind.CIVIL, EnumSet.of(TRIAL, ADMINISTRATIVE_PROCESS),
            CaseKind.DEATH, EnumSet.of(ADMINISTRATIVE_PROCESS),
            CaseKind.GUARDIANSHIP, EnumSet.of(ADMINISTRATIVE_PROCESS),
            CaseKind.WRECK_OR_CRASH, EnumSet.of(ADMINISTRATIVE_PROCESS));

    /** Where a case may go from each stage. Prosecution may return the file to the investigators (P-19). */
    private static final Map<CaseStage, List<CaseStage>> NEXT_STAGES = Map.of(
            INVESTIGATION, List.of(PROSECUTION, DETAINED_AWAITING_DEPORTATION),
            PROSECUTION, List.of(TRIAL, INVESTIGATION, DETAINED_AWAITING_DEPORTATION),
            TRIAL, List.of(SERVING_SENTENCE, DETAINED_AWAITING_DEPORTATION),
            SERVING_SENTENCE, List.of(DETAINED_AWAITING_DEPORTATION),
            ADMINISTRATIVE_PROCESS, List.of(DETAINED_AWAITING_DEPORTATION),
            DETAINED_AWAITING_DEPORTATION, List.of());

    /** How a case may end from each stage (a death always may). */
    private static final Map<CaseStage, List<CaseOutcome>> OUTCOMES = Map.of(
            INVESTIGATION, List.of(RELEASED, WITHDRAWN),
            PROSECUTION, List.of(RELEASED, WITHDRAWN),
            TRIAL, List.of(ACQUITTED, RELEASED, WITHDRAWN),
            SERVING_SENTENCE, List.of(SENTENCE_COMPLETED, TRANSFERRED_ABROAD, RELEASED),
            ADMINISTRATIVE_PROCESS, List.of(RELEASED, DEPORTED, TRANSFERRED_ABROAD, WITHDRAWN),
            DETAINED_AWAITING_DEPORTATION, List.of(DEPORTED, RELEASED));

    /** Outcomes only a criminal proceeding can have. */
    private static final Set<CaseOutcome> CRIMINAL_ONLY = EnumSet.of(ACQUITTED, SENTENCE_COMPLETED);

    private CaseLifecycle() {
    }

    /** The first stage of a case that becomes ACTIVE. */
    private static List<CaseStage> entryStages(CaseKind kind) {
        return switch (kind) {
            case CRIMINAL, IMMIGRATION_CRIME -> List.of(INVESTIGATION);
            case ADMINISTRATIVE_ACTION -> List.of(ADMINISTRATIVE_PROCESS, DETAINED_AWAITING_DEPORTATION);
            case CIVIL -> List.of(TRIAL, ADMINISTRATIVE_PROCESS);
            case DEATH, GUARDIANSHIP, WRECK_OR_CRASH -> List.of(ADMINISTRATIVE_PROCESS);
        };
    }

    /** Every step a case of this kind may take from where it is, in the order an officer would consider them. */
    public static List<CaseStep> allowedFrom(CaseKind kind, CaseStep from) {
        List<CaseStep> allowed = new ArrayList<>();
        switch (from.status()) {
            case REPORTED -> {
                allowed.add(CaseStep.of(CaseStatus.VERIFIED));
                allowed.add(CaseStep.resolved(WITHDRAWN));
                allowed.add(CaseStep.resolved(DECEASED));
            }
            case VERIFIED -> {
                entryStages(kind).forEach(s -> allowed.add(CaseStep.active(s)));
                allowed.add(CaseStep.resolved(WITHDRAWN));
                allowed.add(CaseStep.resolved(DECEASED));
            }
            case ACTIVE -> {
                NEXT_STAGES.get(from.stage()).stream().filter(STAGES.get(kind)::contains)
                        .forEach(s -> allowed.add(CaseStep.active(s)));
                OUTCOMES.get(from.stage()).stream().filter(o -> kind.criminal() || !CRIMINAL_ONLY.contains(o))
                        // Only a kind that can hold someone for deportation ends in one (not a death or a wreck).
                        .filter(o -> o != DEPORTED || STAGES.get(kind).contains(DETAINED_AWAITING_DEPORTATION))
                        .forEach(o -> allowed.add(CaseStep.resolved(o)));
                allowed.add(CaseStep.resolved(DECEASED));
            }
            case RESOLVED -> allowed.add(CaseStep.of(CaseStatus.ARCHIVED));
            case ARCHIVED -> {
            }
        }
        return allowed;
    }

    /** A step the lifecycle forbids from where the case is; {@code allowed} are the steps it would take. */
    public static final class StepNotAllowed extends RuntimeException {
        public final CaseKind kind;
        public final CaseStep from;
        public final CaseStep to;
        public final List<CaseStep> allowed;

        StepNotAllowed(CaseKind kind, CaseStep from, CaseStep to, List<CaseStep> allowed) {
            super("a " + kind + " case cannot go from " + from + " to " + to);
            this.kind = kind;
            this.from = from;
            this.to = to;
            this.allowed = List.copyOf(allowed);
        }
    }

    public static boolean allows(CaseKind kind, CaseStep from, CaseStep to) {
        return allowedFrom(kind, from).contains(to);
    }
}
