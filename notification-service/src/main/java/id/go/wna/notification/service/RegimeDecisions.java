package id.go.wna.notification.service;

import id.go.wna.notification.domain.AdvisementAnswer;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.notification.domain.ObligationEvent;
import id.go.wna.notification.domain.ObligationLifecycle;
import id.go.wna.notification.domain.PostType;
import id.go.wna.notification.domain.RegimeDecision;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies {@link RegimeDecision} to an obligation with the country's terms and the post the directory chooses, and
 * computes its deadlines. Called when the obligation opens and whenever a fact it depends on changes (corrected
 * identity, the person's answer, a supervisor's override).
 */
@ApplicationScoped
public class RegimeDecisions {

    private final RegimeBook regimes;
    private final PostDirectory posts;

    public RegimeDecisions(RegimeBook regimes, PostDirectory posts) {
        this.regimes = regimes;
        this.posts = posts;
    }

    /** The deadlines of the regime in force on the day of the obligation's act. */
    public ObligationClocks.Terms termsOf(Obligation o) {
        RegimeTerms t = regimeOf(o);
        return new ObligationClocks.Terms(t.advisementWithin(), t.notificationWarningAfter(), t.notificationDueWithin(),
                t.acknowledgementChaseAfter());
    }

    /**
     * The regime in force on the date of the act (the arrest, else the trigger), never on today's date: a custody that
     * began before an arrangement took effect keeps the terms it began under.
     */
    public RegimeTerms regimeOf(Obligation o) {
        return regimes.forCountry(o.nationality, o.custodyStartedAt != null ? o.custodyStartedAt : o.triggeredAt);
    }

    /** The person's request, when they had declined before it (a refusal withdrawn); null otherwise. */
    private static Instant requestAfterRefusal(Obligation o) {
        if (o.requestedAt == null) {
            return null;
        }
        return RightsAdvisement.count("obligationId = ?1 and answer = ?2 and advisedAt < ?3", o.id, AdvisementAnswer.DECLINED,
                o.requestedAt) > 0 ? o.requestedAt : null;
    }

    /**
     * Decides the regime and deadlines again; the status follows through {@link ObligationLifecycle}. Returns
     * RegimeDetermined when anything a reader of it sees has changed, nothing otherwise.
     */
    public List<ObligationEvent> decide(Obligation o, Instant now) {
        RegimeTerms terms = regimeOf(o);
        Optional<PostChoice> post = posts.choose(o.nationality, o.provinceCode);
        RegimeDecision d = RegimeDecision.decide(new RegimeDecision.Facts(o.trigger, o.nationality, o.nationalityList(),
                o.immunity, o.asylumSeekerOrRefugee, o.minor, o.overrideReason, terms.kind(), terms.instrument(),
                terms.notificationDueWithin(), post.map(p -> p.post().code).orElse(null),
                post.map(p -> p.post().name + " (" + p.reason() + ")").orElse(null),
                post.map(p -> p.post().type == PostType.REPRESENTATIVE_OFFICE).orElse(false)));
        ObligationClocks.Deadlines deadlines = ObligationClocks.compute(d, o.triggeredAt, o.requestedAt != null,
                requestAfterRefusal(o), termsOf(o));
        List<String> reasons = List.copyOf(d.reasons());
        String postCode = post.map(p -> p.post().code).orElse(o.postCode);
        boolean changed = o.regime != d.regime() || !reasons.equals(o.regimeReasons) || !Objects.equals(postCode, o.postCode)
                || !Objects.equals(deadlines.advisementDueAt(), o.advisementDueAt)
                || !Objects.equals(deadlines.notificationDueAt(), o.notificationDueAt);
        o.regime = d.regime();
        o.regimeReasons = new ArrayList<>(reasons);
        o.regimeExplanation = d.explanation();
        o.notifyWithoutRequest = d.notifyWithoutRequest();
        o.advisementDue = d.advisementDue();
        o.postCode = postCode;
        o.advisementWarningAt = deadlines.advisementWarningAt();
        o.advisementDueAt = deadlines.advisementDueAt();
        o.notificationWarningAt = deadlines.notificationWarningAt();
        o.notificationDueAt = deadlines.notificationDueAt();
        if (changed || o.regimeDeterminedAt == null) {
            o.regimeDeterminedAt = now;
        }
        return ObligationLifecycle.regimeDecided(o, d, changed);
    }
}
