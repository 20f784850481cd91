package id.go.wna.platform.api;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Reads an ISO-8601 date query parameter; a wrong value is a 400 naming the parameter. */
public final class DateParam {

    private DateParam() {
    }

    /** @return null when the parameter is absent */
    public static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate parsed = LocalDate.parse(value.strip());
            if (!PlausibleDate.Validator.isPlausible(parsed)) {
                throw ProblemException.badRequest(parameter, "must be between 1900-01-01 and 2100-12-31");
            }
            return parsed;
        } catch (DateTimeParseException e) {
            String message = "must be an ISO-8601 date, e.g. 2020-09-30";
            throw ProblemException.badRequest(parameter, message);
        }
    }
}
