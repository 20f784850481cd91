package id.go.wna.reciprocity.service;

import id.go.wna.platform.refusal.Refusal;
import id.go.wna.reciprocity.domain.Period;

/** A period as asked for: a refusal naming the field {@code period} when the code names none. */
public final class Periods {

    private Periods() {
    }

    public static Period parse(String code) {
        try {
            return Period.parse(code);
        } catch (IllegalArgumentException | java.time.DateTimeException e) {
            throw Refusal.ruleBroken("period", e.getMessage());
        }
    }
}
