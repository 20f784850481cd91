package id.go.wna.platform.api;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Reads an enumerated query parameter case-insensitively; a wrong value is a 400 naming the parameter and the choices. */
public final class EnumParam {

    private EnumParam() {
    }

    public static <E extends Enum<E>> E parse(String parameter, String value, Class<E> type) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            String choices = Arrays.stream(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            String message = "must be one of " + choices;
            throw ProblemException.badRequest(parameter, message);
        }
    }
}
