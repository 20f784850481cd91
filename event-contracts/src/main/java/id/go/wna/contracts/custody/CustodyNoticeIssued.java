package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.AllowedValues;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * {@code CustodyNoticeIssued.v1} on {@code wna.custody-notices.v1} (restricted to notification-service), key
 * {@code caseId}: everything a consular notification under VCCR Art. 36(1)(b) needs about a detained foreign
 * national. Issued with {@code CustodyStarted.v1}; issued again for the same {@code custodyId} when the identity is
 * corrected (the reader keeps the latest).
 *
 * @param caseId              the case
 * @param custodyId           the custody episode
 * @param personRef           pseudonymous reference, to join with the shared topics
 * @param person              identity as on the document
 * @param travelDocument      the travel document, if any
 * @param stayPermit          the stay permit held, if any
 * @param arrest              when, where, by whom
 * @param custodyType         the kind of custody
 * @param placeOfDetention    where the person is held now
 * @param charges             statutes and articles invoked
 * @param vulnerability       minor, refugee, trafficking
 * @param immunity            diplomatic or consular immunity status
 * @param languages           languages the person speaks
 * @param interpreterNeeded   whether an interpreter is needed
 * @param identifiedForeignAt when the person was identified as foreign, if later than the arrest
 * @param issuedAt            when the notice was issued
 */
@JsonClassDescription("Everything a consular notification under VCCR Art. 36(1)(b) needs about a detained foreign "
        + "national: identity, travel document, stay permit, arrest, place of detention, charges, vulnerability, "
        + "immunity and language. RESTRICTED: identifiable personal data (UU 27/2022), readable by "
        + "notification-service only. Issued again for the same custodyId when the identity is corrected; the "
        + "reader keeps the latest.")
public record CustodyNoticeIssued(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The custody episode, as named by CustodyStarted on wna.case-events.v1.")
        UUID custodyId,
        @JsonPropertyDescription("Pseudonymous reference of the person, to join with the shared topics.")
        UUID personRef,
        @JsonPropertyDescription("The person's identity.")
        PersonIdentity person,
        @JsonPropertyDescription("The travel document the person holds, if any.")
        @OptionalField
        TravelDocument travelDocument,
        @JsonPropertyDescription("The stay permit the person holds or last held, if any.")
        @OptionalField
        HeldStayPermit stayPermit,
        @JsonPropertyDescription("When, where and by whom the person was arrested or detained.")
        Arrest arrest,
        @JsonPropertyDescription("ARREST, POLICE_DETENTION, PRE_TRIAL_DETENTION, IMMIGRATION_DETENTION, IMPRISONMENT, "
                + "HOSPITAL_IN_CUSTODY or OTHER.")
        @AllowedValues({"ARREST", "POLICE_DETENTION", "PRE_TRIAL_DETENTION", "IMMIGRATION_DETENTION", "IMPRISONMENT",
                "HOSPITAL_IN_CUSTODY", "OTHER"})
        String custodyType,
        @JsonPropertyDescription("Where the person is held now.")
        PlaceOfDetention placeOfDetention,
        @JsonPropertyDescription("The statutes and articles invoked (the grounds of Pasal 83 for immigration "
                + "detention); may be empty while still unknown.")
        List<Charge> charges,
        @JsonPropertyDescription("Facts that change how the consular workflow must treat the person.")
        Vulnerability vulnerability,
        @JsonPropertyDescription("NONE, DIPLOMATIC_AGENT (may not be detained at all: escalate to Protocol), "
                + "CONSULAR_OFFICER (VCCR Art. 42: notify the head of post), CONSULAR_EMPLOYEE, "
                + "INTERNATIONAL_ORGANISATION, CLAIMED_UNVERIFIED.")
        @AllowedValues({"NONE", "DIPLOMATIC_AGENT", "CONSULAR_OFFICER", "CONSULAR_EMPLOYEE",
                "INTERNATIONAL_ORGANISATION", "CLAIMED_UNVERIFIED"})
        String immunity,
        @JsonPropertyDescription("Languages the person speaks, as ISO 639 codes (e.g. \"en\", \"zh\"), preferred "
                + "first.")
        List<String> languages,
        @JsonPropertyDescription("Whether the person needs an interpreter to be advised of their rights.")
        boolean interpreterNeeded,
        @JsonPropertyDescription("When the person was identified as a foreign national, when later than the arrest.")
        @OptionalField
        Instant identifiedForeignAt,
        @JsonPropertyDescription("When the notice was issued (UTC).")
        Instant issuedAt) {
}
