package id.go.wna.notification.domain;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Which notification regime applies to one obligation, and why (docs/domain.md). The rules apply in a fixed order and
 * every one that decides or qualifies the outcome leaves its code in {@code reasons}, so an officer, a court or an
 * auditor reads the same explanation the clocks were computed from.
 *
 * @param regime      the regime
 * @param reasons     codes of the rules applied, in order (RegimeDetermined.v1's allowed values)
 * @param explanation the decision in plain words
 * @param notifyWithoutRequest whether the post must be told whatever the person answers (mandatory, Art. 37, Art. 42,
 *                    a supervisor's override of a suppression that itself follows a mandatory rule)
 * @param advisementDue whether the person must be advised of the right to consular notification
 */
public record RegimeDecision(NotificationRegime regime, List<String> reasons, String explanation,
                             boolean notifyWithoutRequest, boolean advisementDue) {

    /** The ICAO code of a stateless person (XXA): no state, no post. */
    private static final Set<String> STATELESS = Set.of("XXA");
    /** The ICAO code of an unspecified nationality (XXX): a nationality not yet known, which is not statelessness. */
    public static final String UNKNOWN = "XXX";
    /** ICAO codes of refugee documents without a nationality (1951 Convention, other). */
    private static final Set<String> REFUGEE_DOCUMENT = Set.of("XXB", "XXC");

    /**
     * What the decision needs to know.
     *
     * @param trigger        what created the duty
     * @param nationality    the nationality this obligation is for
     * @param nationalities  every nationality the person holds (IDN among them ends the duty)
     * @param immunity       the immunity status of the custody notice (NONE, DIPLOMATIC_AGENT, CONSULAR_OFFICER...)
     * @param asylumSeekerOrRefugee whether the person is an asylum seeker or refugee
     * @param minor          under 18
     * @param overrideReason a supervisor's recorded reason to notify despite a suppression, or null
     * @param countryRegime  MANDATORY or ON_REQUEST for the country
     * @param countryBasis   the instrument of a mandatory arrangement, by name (cited as the data gives it, [check] included)
     * @param notifyWithin   the country's notification deadline, for the explanation
     * @param postCode       the post chosen, or null when none
     * @param postName       its name
     * @param representativeOffice whether the post represents a state Indonesia does not recognise (TETO for Taiwan)
     */
    public record Facts(ObligationTrigger trigger, String nationality, List<String> nationalities, String immunity,
                        boolean asylumSeekerOrRefugee, boolean minor, String overrideReason, RegimeKind countryRegime,
                        String countryBasis, Duration notifyWithin, String postCode, String postName,
                        boolean representativeOffice) {
    }

    public static RegimeDecision decide(Facts f) {
        List<String> reasons = new ArrayList<>();
        List<String> why = new ArrayList<>();
        if ("IDN".equals(f.nationality()) || f.nationalities().contains("IDN")) {
            reasons.add("INDONESIAN_NATIONAL");
            why.add("The person is also an Indonesian citizen: Indonesia owes no consular notification for its own "
                    + "citizens, whatever other nationality they hold.");
            return new RegimeDecision(NotificationRegime.NOT_APPLICABLE, reasons, String.join(" ", why), false, false);
        }
        if (STATELESS.contains(f.nationality())) {
            reasons.add("STATELESS");
            why.add("Stateless (" + f.nationality() + "): there is no consular post to notify; consider informing UNHCR.");
            return new RegimeDecision(NotificationRegime.NOT_APPLICABLE, reasons, String.join(" ", why), false, false);
        }
        if (UNKNOWN.equals(f.nationality())) {
            reasons.add("NATIONALITY_UNKNOWN");
            boolean detained = f.trigger() == ObligationTrigger.DETENTION || f.trigger() == ObligationTrigger.CONSULAR_STAFF_ARREST;
            why.add("Nationality unspecified (XXX): unknown, not stateless. The duty is pending while the nationality is "
                    + "established (documents, interview, the embassies concerned); once it is, the ordinary regime "
                    + "applies (docs/domain.md)." + (detained ? " The person is still told of the right to consular "
                    + "notification now." : ""));
            return new RegimeDecision(NotificationRegime.PENDING, reasons, String.join(" ", why), false, detained);
        }
        if (REFUGEE_DOCUMENT.contains(f.nationality())) {
            reasons.add("ASYLUM_SEEKER_OR_REFUGEE");
            reasons.add("NO_POST");
            why.add("A refugee document without a nationality (" + f.nationality() + "): no country of origin is to be "
                    + "notified; consider informing UNHCR.");
            return new RegimeDecision(NotificationRegime.NOT_APPLICABLE, reasons, String.join(" ", why), false, false);
        }
        boolean detention = f.trigger() == ObligationTrigger.DETENTION || f.trigger() == ObligationTrigger.CONSULAR_STAFF_ARREST;
        if (detention && "DIPLOMATIC_AGENT".equals(f.immunity())) {
            reasons.add("DIPLOMATIC_IMMUNITY");
            why.add("A diplomatic agent may not be detained at all (Vienna Convention on Diplomatic Relations Art. 29): "
                    + "refer to the Directorate General of Protocol at once; the ordinary notification flow does not apply.");
            return new RegimeDecision(NotificationRegime.ESCALATED, reasons, String.join(" ", why), false, false);
        }
        boolean suppressed = false;
        if (f.asylumSeekerOrRefugee()) {
            reasons.add("ASYLUM_SEEKER_OR_REFUGEE");
            if (f.overrideReason() == null) {
                why.add("An asylum seeker or refugee: the country of origin is never notified without a supervisor's "
                        + "override recorded with its reason.");
                suppressed = true;
            } else {
                reasons.add("SUPERVISED_OVERRIDE");
                why.add("An asylum seeker or refugee, notified on a supervisor's override: " + f.overrideReason() + ".");
            }
        }
        NotificationRegime regime;
        boolean notifyWithoutRequest;
        boolean advisementDue = false;
        if (f.trigger() == ObligationTrigger.CONSULAR_STAFF_ARREST
                || detention && ("CONSULAR_OFFICER".equals(f.immunity()) || "CONSULAR_EMPLOYEE".equals(f.immunity()))) {
            reasons.add("CONSULAR_STAFF");
            why.add("A member of consular staff (VCCR Art. 42): the head of post is notified promptly; Protocol is told.");
            regime = NotificationRegime.ESCALATED;
            notifyWithoutRequest = true;
        } else if (f.trigger() == ObligationTrigger.DEATH) {
            reasons.add("DEATH_ALWAYS_NOTIFIED");
            why.add("A death (VCCR Art. 37(a)): the post is notified without delay, whatever the family or the person wanted.");
            regime = NotificationRegime.MANDATORY;
            notifyWithoutRequest = true;
        } else if (f.trigger().article37()) {
            reasons.add("ARTICLE_37");
            if (f.trigger() == ObligationTrigger.GUARDIANSHIP && f.minor()) {
                reasons.add("MINOR");
            }
            why.add(f.trigger() == ObligationTrigger.GUARDIANSHIP
                    ? "A guardian or trustee appears needed (VCCR Art. 37(b)): the post is notified without delay."
                    : "A wreck or air accident of a ship or aircraft of this state (VCCR Art. 37(c)): the post nearest the "
                    + "scene is notified without delay.");
            regime = NotificationRegime.MANDATORY;
            notifyWithoutRequest = true;
        } else {
            advisementDue = true;
            if (f.countryRegime() == RegimeKind.MANDATORY) {
                reasons.add("BILATERAL_MANDATORY");
                why.add(f.nationality() + ": mandatory notification" + (f.countryBasis() == null ? "" : " under " + f.countryBasis())
                        + "; the post is notified even if the person objects, and the objection is recorded (docs/domain.md).");
            } else {
                reasons.add("VCCR_DEFAULT");
                why.add(f.nationality() + ": on request (VCCR Art. 36(1)(b)): the person is told of the right without delay "
                        + "and the post is notified if the person asks (docs/domain.md).");
            }
            if (f.minor() && f.countryRegime() == RegimeKind.MANDATORY) {
                reasons.add("MINOR");
            } else if (f.minor()) {
                // No treaty makes a child's notification mandatory here: it is the Ministry's policy, and is said so.
                reasons.add("KEMLU_POLICY_MINOR");
                why.add("A detained child: notified by Kemlu policy (a child cannot validly decline), not under any "
                        + "bilateral arrangement [check: the policy's written source].");
            }
            notifyWithoutRequest = f.countryRegime() == RegimeKind.MANDATORY || f.minor();
            regime = notifyWithoutRequest ? NotificationRegime.MANDATORY : NotificationRegime.ON_REQUEST;
        }
        if (f.postCode() == null) {
            reasons.add("NO_POST");
            why.add("No post of " + f.nationality() + " is in the directory: send a diplomatic note through the mission "
                    + "accredited to Indonesia, and add it to the directory.");
        } else {
            if (f.representativeOffice()) {
                reasons.add("NON_RECOGNISED_STATE_OFFICE");
            }
            why.add("Post: " + f.postName() + (f.representativeOffice()
                    ? " (a representative office, not an embassy: no diplomatic relations, so a plain letter as a courtesy, "
                    + "not a diplomatic note)" : "") + ".");
        }
        if (!suppressed && (notifyWithoutRequest || regime == NotificationRegime.ON_REQUEST) && f.notifyWithin() != null) {
            why.add("Notify within " + f.notifyWithin().toHours() + " h" + (notifyWithoutRequest ? "."
                    : " of the trigger once asked, or of the request when the person had first declined."));
        }
        if (suppressed) {
            return new RegimeDecision(NotificationRegime.SUPPRESSED, reasons, String.join(" ", why), false, advisementDue);
        }
        return new RegimeDecision(regime, reasons, String.join(" ", why), notifyWithoutRequest, advisementDue);
    }
}
