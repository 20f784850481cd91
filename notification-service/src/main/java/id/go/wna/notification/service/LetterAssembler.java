package id.go.wna.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.cases.WreckOrCrashRecorded;
import id.go.wna.contracts.custody.Arrest;
import id.go.wna.contracts.custody.CustodyFollowUpIssued;
import id.go.wna.contracts.custody.CustodyNoticeIssued;
import id.go.wna.contracts.custody.DeathNoticeIssued;
import id.go.wna.contracts.custody.GuardianshipNoticeIssued;
import id.go.wna.contracts.custody.PersonIdentity;
import id.go.wna.contracts.custody.PlaceOfDetention;
import id.go.wna.contracts.custody.TravelDocument;
import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.FollowUp;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ObligationTrigger;
import id.go.wna.notification.domain.Post;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.notification.config.LetterConfig;
import id.go.wna.notification.domain.letter.LetterBasis;
import id.go.wna.notification.domain.letter.LetterFacts;
import id.go.wna.notification.domain.letter.LetterKind;
import id.go.wna.platform.reference.Provinces;
import id.go.wna.platform.refusal.Refusal;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.format.DateTimeFormatter;

/**
 * Fills the letter to the post from what this service holds: Imigrasi's restricted notice (identity, arrest,
 * detention, charges, death...), the notice sent (reference, time, basis, lateness), the follow-up it reports, the
 * person's latest answer, the post from the directory and the contact officer from configuration.
 */
@ApplicationScoped
public class LetterAssembler {

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final ObjectMapper json;
    private final ObligationPeople people;
    private final LetterFacts.ContactOfficer contact;
    private final RegimeDecisions decisions;

    public LetterAssembler(ObjectMapper json, ObligationPeople people, RegimeDecisions decisions, LetterConfig config) {
        this.json = json;
        this.people = people;
        this.decisions = decisions;
        LetterConfig.Contact c = config.contact();
        this.contact = new LetterFacts.ContactOfficer(c.name().orElse(null), c.unit(), c.phone().orElse(null),
                c.email().orElse(null));
    }

    /** The letter of a notice, or the draft of the first notice when {@code notice} is null. */
    public LetterFacts assemble(Obligation o, ConsularNotice notice) {
        Provinces.Province province = Provinces.find(o.provinceCode).orElse(null);
        String postCode = notice != null ? notice.postCode : o.postCode;
        Post post = postCode == null ? null : Post.findById(postCode);
        if (post == null) {
            throw Refusal.conflict("No post to address: none of " + o.nationality + " is in the directory for this "
                    + "obligation; choose one when sending the notice");
        }
        LetterFacts.Builder b = LetterFacts.builder()
                .referenceNumber(notice == null ? "DRAFT" : notice.referenceNumber)
                .sentAt(notice == null ? null : notice.sentAt)
                .zone(province == null ? Provinces.WIB : province.zone(), province == null ? "WIB" : province.zoneAbbreviation())
                .post(new LetterFacts.Post(post.name, null, post.type.name(), post.city, post.address, post.email, post.fax))
                .basis(notice != null ? basisOf(notice.basis) : draftBasis(o))
                .contact(contact)
                .instrument(decisions.regimeOf(o).instrument());
        if (notice != null && notice.late) {
            b.late("deadline " + LOCAL.format(notice.dueAt.atZone(province == null ? Provinces.WIB : province.zone()))
                    + " " + (province == null ? "WIB" : province.zoneAbbreviation()) + "; "
                    + notice.delayMinutes / 60 + " h " + notice.delayMinutes % 60 + " min after the trigger");
        }
        RightsAdvisement latest = RightsAdvisement.find("obligationId", Sort.descending("advisedAt"), o.id).firstResult();
        if (latest != null) {
            b.opposesConsularAccess(latest.opposesConsularAccess).language(latest.language).interpreterNeeded(latest.interpreterUsed);
        }
        JsonNode source = people.noticeOf(o);
        b.kind(kindOf(o, notice));
        switch (o.trigger) {
            case DETENTION, CONSULAR_STAFF_ARREST -> custody(b, read(source, CustodyNoticeIssued.class), latest == null);
            case DEATH -> death(b, read(source, DeathNoticeIssued.class));
            case GUARDIANSHIP -> guardianship(b, read(source, GuardianshipNoticeIssued.class));
            case WRECK_OR_AIR_ACCIDENT -> wreck(b, read(source, WreckOrCrashRecorded.class));
        }
        if (notice != null && notice.followUpId != null) {
            FollowUp f = FollowUp.findById(notice.followUpId);
            CustodyFollowUpIssued up = read(readTree(f.details), CustodyFollowUpIssued.class);
            b.followUp(new LetterFacts.FollowUp(up.stage(), up.occurredAt(), detention(null, up.newPlaceOfDetention()), up.court(),
                    up.scheduledAt(), up.details()));
        }
        if (notice != null && notice.kind == ConsularNotice.Kind.CORRECTION) {
            ConsularNotice first = ConsularNotice.find("obligationId = ?1 and kind <> ?2", Sort.ascending("sentAt"), o.id,
                    ConsularNotice.Kind.CORRECTION).firstResult();
            b.correctsReference(first == null ? null : first.referenceNumber);
        }
        return b.build();
    }

    private static LetterKind kindOf(Obligation o, ConsularNotice notice) {
        if (notice != null) {
            switch (notice.kind) {
                case FOLLOW_UP -> { return LetterKind.FOLLOW_UP; }
                case DEATH -> { return LetterKind.DEATH; }
                case CORRECTION -> { return LetterKind.CORRECTION; }
                case INITIAL -> { } // the trigger says what the first notice tells
            }
        }
        return switch (o.trigger) {
            case DEATH -> LetterKind.DEATH;
            case GUARDIANSHIP -> LetterKind.GUARDIANSHIP;
            case WRECK_OR_AIR_ACCIDENT -> LetterKind.WRECK_OR_AIR_ACCIDENT;
            case DETENTION, CONSULAR_STAFF_ARREST -> LetterKind.INITIAL;
        };
    }

    /** The stored basis of a notice, as the letter cites it. */
    private static LetterBasis basisOf(ConsularNotice.Basis basis) {
        return switch (basis) {
            case REQUESTED -> LetterBasis.REQUESTED;
            case MANDATORY -> LetterBasis.MANDATORY;
            case ARTICLE_37 -> LetterBasis.ARTICLE_37;
            case ARTICLE_42 -> LetterBasis.ARTICLE_42;
            case SUPERVISED_OVERRIDE -> LetterBasis.SUPERVISED_OVERRIDE;
            case KEMLU_POLICY_MINOR -> LetterBasis.KEMLU_POLICY_MINOR;
            case DEATH_PENALTY_CASE -> LetterBasis.DEATH_PENALTY_CASE;
        };
    }

    private static LetterBasis draftBasis(Obligation o) {
        if (o.overrideReason != null) {
            return LetterBasis.SUPERVISED_OVERRIDE;
        }
        if (o.trigger.article37()) {
            return LetterBasis.ARTICLE_37;
        }
        if (o.trigger == ObligationTrigger.CONSULAR_STAFF_ARREST) {
            return LetterBasis.ARTICLE_42;
        }
        if (o.notifyWithoutRequest && o.reasonList().contains("KEMLU_POLICY_MINOR")) {
            return LetterBasis.KEMLU_POLICY_MINOR;
        }
        return o.notifyWithoutRequest ? LetterBasis.MANDATORY : LetterBasis.REQUESTED;
    }

    private void custody(LetterFacts.Builder b, CustodyNoticeIssued n, boolean noAdvisementYet) {
        person(b, n.person(), n.travelDocument());
        if (n.stayPermit() != null) {
            b.stayPermit(new LetterFacts.StayPermit(n.stayPermit().permitType(), n.stayPermit().number(), n.stayPermit().validUntil()));
        }
        Arrest a = n.arrest();
        b.arrest(new LetterFacts.Arrest(a.arrestedAt(), a.place(), provinceName(a.province()),
                a.arrestingAuthorityName() != null ? a.arrestingAuthorityName() : a.arrestingAuthority()));
        b.detention(detention(n.custodyType(), n.placeOfDetention()));
        n.charges().forEach(c -> b.charge(c.statute(), c.article(), c.description()));
        if (noAdvisementYet) {
            b.language(n.languages().isEmpty() ? null : n.languages().get(0)).interpreterNeeded(n.interpreterNeeded());
        }
    }

    private void death(LetterFacts.Builder b, DeathNoticeIssued n) {
        person(b, n.person(), n.travelDocument());
        b.death(new LetterFacts.Death(n.diedOn(), n.diedAt(), n.placeOfDeath(), provinceName(n.province()), n.cause(),
                n.remainsLocation(), n.nextOfKin().stream().map(k -> new LetterFacts.NextOfKin(k.name(), k.relationship(),
                k.contact(), k.country())).toList(), n.inCustody()));
    }

    private void guardianship(LetterFacts.Builder b, GuardianshipNoticeIssued n) {
        person(b, n.person(), n.travelDocument());
        b.guardianship(new LetterFacts.Guardianship(n.reason(), n.currentCare()));
    }

    private void wreck(LetterFacts.Builder b, WreckOrCrashRecorded w) {
        b.wreck(new LetterFacts.Wreck(w.craftType(), w.craft(), w.registration(), w.occurredAt(), null, provinceName(w.province()),
                w.personsOnBoard(), w.dead(), w.missing(), null));
    }

    private static void person(LetterFacts.Builder b, PersonIdentity p, TravelDocument d) {
        b.person(new LetterFacts.Person(p.surname(), p.givenNames(), p.mrzName(), p.sex(), p.birthDate(), p.birthPlace(),
                p.nationalities()));
        if (d != null) {
            b.document(new LetterFacts.Document(d.type(), d.number(), d.issuingState(), d.expiresOn()));
        }
    }

    private static LetterFacts.Detention detention(String custodyType, PlaceOfDetention place) {
        return place == null ? null : new LetterFacts.Detention(custodyType, place.facilityType(), place.name(), place.address(),
                provinceName(place.province()));
    }

    private static String provinceName(String codeOrName) {
        return Provinces.find(codeOrName).map(Provinces.Province::name).orElse(codeOrName);
    }

    private <T> T read(JsonNode node, Class<T> type) {
        if (node == null) {
            throw Refusal.conflict("Imigrasi's notice behind this obligation was not received: no letter can be made");
        }
        try {
            return json.treeToValue(node, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notice is not a " + type.getSimpleName(), e);
        }
    }

    private JsonNode readTree(String text) {
        try {
            return json.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
