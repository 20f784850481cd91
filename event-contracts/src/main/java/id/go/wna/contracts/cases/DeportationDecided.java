package id.go.wna.contracts.cases;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * {@code DeportationDecided.v1} on {@code wna.case-events.v1}, key {@code caseId}: deportation of the person of a
 * case was decided (TAK, UU 6/2011 Pasal 75(2)(f), or after a sentence).
 *
 * @param caseId                 the case
 * @param deportationId          the deportation
 * @param personRef              pseudonymous reference of the person
 * @param nationality            ISO 3166-1 alpha-3 nationality
 * @param province               province of the deciding office
 * @param legalBasis             the provision applied
 * @param destinationCountry     ISO 3166-1 alpha-3 code of the destination
 * @param entryBanUntil          last day of the accompanying entry ban, if any
 * @param plannedDepartureOn     planned departure date, if known
 * @param awaitingTravelDocument whether the person waits for a travel document from their mission
 * @param decidedAt              when deportation was decided
 */
@JsonClassDescription("Deportation of the person of a case was decided (TAK, UU 6/2011 Pasal 75(2)(f), or after a "
        + "sentence). Pseudonymous.")
public record DeportationDecided(
        @JsonPropertyDescription("The case.")
        UUID caseId,
        @JsonPropertyDescription("The deportation; DeportationCompleted names it.")
        UUID deportationId,
        @JsonPropertyDescription("Pseudonymous reference of the person.")
        UUID personRef,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the person's nationality.")
        String nationality,
        @JsonPropertyDescription("The Indonesian province of the deciding immigration office.")
        String province,
        @JsonPropertyDescription("The provision applied, e.g. \"UU 6/2011 Pasal 75(2)(f)\".")
        String legalBasis,
        @JsonPropertyDescription("ISO 3166-1 alpha-3 code of the country the person is sent to.")
        String destinationCountry,
        @JsonPropertyDescription("The last day of the entry ban (penangkalan) imposed with the deportation, if any.")
        @OptionalField
        LocalDate entryBanUntil,
        @JsonPropertyDescription("The planned departure date, if known.")
        @OptionalField
        LocalDate plannedDepartureOn,
        @JsonPropertyDescription("Whether the person waits for a travel document from their country's mission "
                + "(PNA) before they can leave.")
        boolean awaitingTravelDocument,
        @JsonPropertyDescription("When deportation was decided (UTC).")
        Instant decidedAt) {
}
