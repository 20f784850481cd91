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
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            String message = "must be an ISO-8601 date, e.g. 2020-09-30";
            throw ProblemException.badRequest(parameter, message);
        }
    }
}
