package id.go.wna.notification;

import id.go.wna.notification.domain.NotificationRegime;
import id.go.wna.notification.domain.ObligationTrigger;
import id.go.wna.notification.domain.RegimeDecision;
import id.go.wna.notification.domain.RegimeKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import static id.go.wna.notification.domain.NotificationRegime.ESCALATED;
import static id.go.wna.notification.domain.NotificationRegime.MANDATORY;
import static id.go.wna.notification.domain.NotificationRegime.NOT_APPLICABLE;
import static id.go.wna.notification.domain.NotificationRegime.ON_REQUEST;
import static id.go.wna.notification.domain.NotificationRegime.SUPPRESSED;
import static id.go.wna.notification.domain.ObligationTrigger.CONSULAR_STAFF_ARREST;
import static id.go.wna.notification.domain.ObligationTrigger.DEATH;
import static id.go.wna.notification.domain.ObligationTrigger.DETENTION;
import static id.go.wna.notification.domain.ObligationTrigger.GUARDIANSHIP;
import static id.go.wna.notification.domain.ObligationTrigger.WRECK_OR_AIR_ACCIDENT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every special case of docs/domain.md, one row each: the regime, the reasons in order, and whether the post is told unasked. */
class RegimeDecisionTest {

    /** One situation, as the custody notice and the directory describe it. */
    static final String INSTRUMENT = "Indonesia-Australia consular notification arrangement [check: name and date]";

    record Situation(ObligationTrigger trigger, String nationality, List<String> nationalities, String immunity,
                     boolean asylum, boolean minor, String override, RegimeKind countryRegime, String post,
                     boolean representativeOffice) {

        static Situation detained(String nationality, RegimeKind regime) {
            return new Situation(DETENTION, nationality, List.of(nationality), "NONE", false, false, null, regime,
                    nationality + "-EMB-JKT", false);
        }

        Situation nationalities(String... all) {
            return new Situation(trigger, nationality, List.of(all), immunity, asylum, minor, override, countryRegime, post, representativeOffice);
        }

        Situation immunity(String value) {
            return new Situation(trigger, nationality, nationalities, value, asylum, minor, override, countryRegime, post, representativeOffice);
        }

        Situation asylumSeeker() {
            return new Situation(trigger, nationality, nationalities, immunity, true, minor, override, countryRegime, post, representativeOffice);
        }

        Situation child() {
            return new Situation(trigger, nationality, nationalities, immunity, asylum, true, override, countryRegime, post, representativeOffice);
        }

        Situation overriddenBecause(String reason) {
            return new Situation(trigger, nationality, nationalities, immunity, asylum, minor, reason, countryRegime, post, representativeOffice);
        }

        Situation trigger(ObligationTrigger t) {
            return new Situation(t, nationality, nationalities, immunity, asylum, minor, override, countryRegime, post, representativeOffice);
        }

        Situation withoutPost() {
            return new Situation(trigger, nationality, nationalities, immunity, asylum, minor, override, countryRegime, null, false);
        }

        Situation representedBy(String office) {
            return new Situation(trigger, nationality, nationalities, immunity, asylum, minor, override, countryRegime, office, true);
        }

        RegimeDecision decide() {
            return RegimeDecision.decide(new RegimeDecision.Facts(trigger, nationality, nationalities, immunity, asylum, minor,
                    override, countryRegime, countryRegime == RegimeKind.MANDATORY ? INSTRUMENT : null,
                    Duration.ofHours(72), post, post == null ? null : "the post " + post, representativeOffice));
        }
    }

    static Stream<Arguments> situations() {
        RegimeKind req = RegimeKind.ON_REQUEST;
        RegimeKind mand = RegimeKind.MANDATORY;
        return Stream.of(
                Arguments.of("a Chinese detainee: the detainee decides", Situation.detained("CHN", req),
                        ON_REQUEST, List.of("VCCR_DEFAULT"), false, true),
                Arguments.of("an Australian detainee: mandatory under the bilateral arrangement", Situation.detained("AUS", mand),
                        MANDATORY, List.of("BILATERAL_MANDATORY"), true, true),
                Arguments.of("a Filipino detainee: mandatory", Situation.detained("PHL", mand),
                        MANDATORY, List.of("BILATERAL_MANDATORY"), true, true),
                Arguments.of("a dual Dutch-Indonesian detainee: no duty at all", Situation.detained("NLD", req).nationalities("NLD", "IDN"),
                        NOT_APPLICABLE, List.of("INDONESIAN_NATIONAL"), false, false),
                Arguments.of("a stateless detainee: no post", Situation.detained("XXA", req).withoutPost(),
                        NOT_APPLICABLE, List.of("STATELESS"), false, false),
                Arguments.of("an unspecified nationality: unknown, not stateless: pending, advised meanwhile",
                        Situation.detained("XXX", req).withoutPost(),
                        NotificationRegime.PENDING, List.of("NATIONALITY_UNKNOWN"), false, true),
                Arguments.of("a refugee document without nationality", Situation.detained("XXB", req).withoutPost(),
                        NOT_APPLICABLE, List.of("ASYLUM_SEEKER_OR_REFUGEE", "NO_POST"), false, false),
                Arguments.of("a diplomatic agent: escalated to Protocol, no ordinary notice",
                        Situation.detained("RUS", req).immunity("DIPLOMATIC_AGENT"),
                        ESCALATED, List.of("DIPLOMATIC_IMMUNITY"), false, false),
                Arguments.of("a consular officer: Art. 42, the head of post is told",
                        Situation.detained("RUS", req).immunity("CONSULAR_OFFICER").trigger(CONSULAR_STAFF_ARREST),
                        ESCALATED, List.of("CONSULAR_STAFF"), true, false),
                Arguments.of("an Afghan asylum seeker: the country of origin is not told", Situation.detained("AFG", req).asylumSeeker(),
                        SUPPRESSED, List.of("ASYLUM_SEEKER_OR_REFUGEE", "VCCR_DEFAULT"), false, true),
                Arguments.of("an asylum seeker of a mandatory country: still suppressed", Situation.detained("PHL", mand).asylumSeeker(),
                        SUPPRESSED, List.of("ASYLUM_SEEKER_OR_REFUGEE", "BILATERAL_MANDATORY"), false, true),
                Arguments.of("an asylum seeker after a supervisor's override: the ordinary regime",
                        Situation.detained("AFG", req).asylumSeeker().overriddenBecause("claim withdrawn in writing"),
                        ON_REQUEST, List.of("ASYLUM_SEEKER_OR_REFUGEE", "SUPERVISED_OVERRIDE", "VCCR_DEFAULT"), false, true),
                Arguments.of("a detained child: the post is told whatever the child says, by Kemlu policy",
                        Situation.detained("CHN", req).child(),
                        MANDATORY, List.of("VCCR_DEFAULT", "KEMLU_POLICY_MINOR"), true, true),
                Arguments.of("a detained Australian child: mandatory under the arrangement, a child besides",
                        Situation.detained("AUS", mand).child(),
                        MANDATORY, List.of("BILATERAL_MANDATORY", "MINOR"), true, true),
                Arguments.of("a death: always notified", Situation.detained("GBR", req).trigger(DEATH),
                        MANDATORY, List.of("DEATH_ALWAYS_NOTIFIED"), true, false),
                Arguments.of("the death of an asylum seeker: still suppressed", Situation.detained("AFG", req).trigger(DEATH).asylumSeeker(),
                        SUPPRESSED, List.of("ASYLUM_SEEKER_OR_REFUGEE", "DEATH_ALWAYS_NOTIFIED"), false, false),
                Arguments.of("a child needing a guardian", Situation.detained("CHN", req).trigger(GUARDIANSHIP).child(),
                        MANDATORY, List.of("ARTICLE_37", "MINOR"), true, false),
                Arguments.of("a wreck of a Panamanian ship", Situation.detained("PAN", req).trigger(WRECK_OR_AIR_ACCIDENT),
                        MANDATORY, List.of("ARTICLE_37"), true, false),
                Arguments.of("a Taiwanese detainee: TETO, not an embassy", Situation.detained("TWN", req).representedBy("TWN-TETO-JKT"),
                        ON_REQUEST, List.of("VCCR_DEFAULT", "NON_RECOGNISED_STATE_OFFICE"), false, true),
                Arguments.of("a national of a country without a post in the directory", Situation.detained("TUV", req).withoutPost(),
                        ON_REQUEST, List.of("VCCR_DEFAULT", "NO_POST"), false, true));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void theRegimeFollowsTheRulesOfDomainSection3(String situation, Situation s, NotificationRegime regime, List<String> reasons,
                                                  boolean notifyWithoutRequest, boolean advisementDue) {
        RegimeDecision d = s.decide();
        assertEquals(regime, d.regime(), situation);
        assertEquals(reasons, d.reasons(), situation);
        assertEquals(notifyWithoutRequest, d.notifyWithoutRequest(), situation);
        assertEquals(advisementDue, d.advisementDue(), situation);
        assertFalse(d.explanation().isBlank());
    }

    /** A child of an on-request country is notified by Kemlu's policy: never presented as a bilateral arrangement. */
    @org.junit.jupiter.api.Test
    void aChildOfAnOnRequestCountryIsNotifiedAsKemluPolicyNeverAsABilateralArrangement() {
        RegimeDecision d = Situation.detained("CHN", RegimeKind.ON_REQUEST).child().decide();
        assertTrue(d.explanation().contains("Kemlu policy"), d.explanation());
        assertTrue(d.explanation().contains("[check"), d.explanation());
        assertFalse(d.reasons().contains("BILATERAL_MANDATORY"));
        assertFalse(d.explanation().contains("under the bilateral") || d.explanation().contains(INSTRUMENT), d.explanation());
    }

    /** A mandatory regime cites its own instrument, by name, with its [check] mark while unverified. */
    @org.junit.jupiter.api.Test
    void aMandatoryRegimeCitesItsOwnInstrumentWithItsCheckMark() {
        RegimeDecision d = Situation.detained("AUS", RegimeKind.MANDATORY).decide();
        assertTrue(d.explanation().contains("under " + INSTRUMENT), d.explanation());
        assertTrue(d.explanation().contains("docs/domain.md"), d.explanation());
        assertTrue(Situation.detained("CHN", RegimeKind.ON_REQUEST).decide().explanation().contains("docs/domain.md"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("situations")
    void theExplanationNamesThePostOrSaysThereIsNone(String situation, Situation s, NotificationRegime regime, List<String> reasons,
                                                     boolean notifyWithoutRequest, boolean advisementDue) {
        RegimeDecision d = s.decide();
        if (regime == NOT_APPLICABLE || regime == NotificationRegime.PENDING || regime == ESCALATED && !notifyWithoutRequest) {
            return;
        }
        assertTrue(s.post() == null ? d.explanation().contains("No post of") : d.explanation().contains("the post " + s.post()),
                situation + ": " + d.explanation());
    }
}
