package id.go.wna.contracts.custody;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import id.go.wna.contracts.OptionalField;

/**
 * A reason for the detention: a statute and article.
 *
 * @param statute     the law, e.g. "UU 6/2011"
 * @param article     the article (pasal)
 * @param description a short plain-language description, if any
 */
@JsonClassDescription("A reason for the detention: the statute and article invoked.")
public record Charge(
        @JsonPropertyDescription("The statute, e.g. \"UU 6/2011\" or \"KUHP\".")
        String statute,
        @JsonPropertyDescription("The article (pasal), e.g. \"119\" or \"83(1)(a)\".")
        String article,
        @JsonPropertyDescription("A short plain-language description for the letter, e.g. \"stay without a valid "
                + "permit\".")
        @OptionalField
        String description) {
}
