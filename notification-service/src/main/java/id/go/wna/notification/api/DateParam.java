package id.go.wna.notification.api;

import id.go.wna.platform.api.ProblemDetail;
import id.go.wna.platform.api.ProblemException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Reads an ISO-8601 date query parameter; a wrong value is a 400 naming the parameter. */
final class DateParam {

    private DateParam() {
    }

    /** @return null when the parameter is absent */
    static LocalDate parse(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            String message = "must be an ISO-8601 date, e.g. 2020-09-30";
            throw new ProblemException(400, "validation", "Invalid request", parameter + ": " + message,
                    List.of(new ProblemDetail.FieldError(parameter, message)));
        }
    }
}
