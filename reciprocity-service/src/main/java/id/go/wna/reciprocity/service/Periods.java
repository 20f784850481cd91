package id.go.wna.reciprocity.service;

import id.go.wna.platform.api.ProblemException;
import id.go.wna.reciprocity.domain.Period;

/** A period from the API: 422 naming the field when it names none. */
public final class Periods {

    private Periods() {
    }

    public static Period parse(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw ProblemException.invalidField("period", e.getMessage());
        }
    }
}
