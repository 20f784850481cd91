package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.OptionalField;

import java.time.Instant;

/**
 * When, where and by whom the person was arrested or detained.
 *
 * @param arrestedAt             when the person was deprived of liberty
 * @param place                  where, as a notice would state it
 * @param province               the Indonesian province
 * @param arrestingAuthority     reference-data code of the authority
 * @param arrestingAuthorityName the authority's name as a letter should state it, if known
 */
@JsonClassDescription("When, where and by whom the person was arrested or detained.")
public record Arrest(
        @JsonPropertyDescription("When the person was deprived of liberty (UTC).")
        Instant arrestedAt,
        @JsonPropertyDescription("Where, as a notice states it (e.g. \"Ngurah Rai International Airport, Badung\"), "
                + "when the arresting officer recorded it; the letter then reads \"not known\".")
        @OptionalField
        String place,
        @JsonPropertyDescription("The Indonesian province.")
        String province,
        @JsonPropertyDescription("Reference-data code of the arresting authority (e.g. IMIGRASI, POLRI).")
        String arrestingAuthority,
        @JsonPropertyDescription("The arresting authority's name as the letter to the post states it (names change; "
                + "the code stays), e.g. \"Kantor Imigrasi Kelas I Khusus TPI Ngurah Rai\".")
        @OptionalField
        String arrestingAuthorityName) {
}
