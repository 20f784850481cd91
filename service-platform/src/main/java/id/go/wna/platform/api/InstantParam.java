package id.go.wna.platform.api;

import java.time.Instant;
import java.time.format.DateTimeParseException;

/** Reads an ISO-8601 instant query parameter; a wrong value is a 400 naming the parameter. */
public final class InstantParam {

    private InstantParam() {
    }

    /** @return null when the parameter is absent */
    public static Instant parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            Instant parsed = Instant.parse(value.strip());
            if (!PlausibleDate.Validator.isPlausible(parsed)) {
                throw ProblemException.badRequest(parameter, "must be between 1900-01-01 and 2100-12-31");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            String message = "must be an ISO-8601 instant, e.g. 2026-11-29T00:00:00Z";
            throw ProblemException.badRequest(parameter, message);
        }
    }
}
