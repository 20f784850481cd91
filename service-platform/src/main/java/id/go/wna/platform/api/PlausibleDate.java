package id.go.wna.platform.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAccessor;

/**
 * A date or instant a case file can hold: from 1900-01-01 to 2100-12-31 (UTC for instants). ISO-8601 reads
 * {@code 0000-01-01} and {@code +999999999-12-31}; neither is a real event, and the latter overflows the first
 * date arithmetic done with it. Null is valid (combine with {@code @NotNull}); combine with {@code @Past} for birth
 * dates.
 */
@Documented
@Constraint(validatedBy = PlausibleDate.Validator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface PlausibleDate {

    LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    LocalDate LATEST = LocalDate.of(2100, 12, 31);

    String message() default "must be between 1900-01-01 and 2100-12-31";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<PlausibleDate, TemporalAccessor> {
        @Override
        public boolean isValid(TemporalAccessor value, ConstraintValidatorContext context) {
            return value == null || isPlausible(value);
        }

        /** Whether the date (an instant: its UTC date) lies in the plausible range. */
        public static boolean isPlausible(TemporalAccessor value) {
            LocalDate date;
            if (value instanceof LocalDate d) {
                date = d;
            } else if (value instanceof Instant i) {
                return !i.isBefore(EARLIEST.atStartOfDay(ZoneOffset.UTC).toInstant())
                        && i.isBefore(LATEST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
            } else if (value instanceof OffsetDateTime o) {
                return isPlausible(o.toInstant());
            } else if (value instanceof ZonedDateTime z) {
                return isPlausible(z.toInstant());
            } else if (value instanceof LocalDateTime l) {
                date = l.toLocalDate();
            } else {
                return true;
            }
            return !date.isBefore(EARLIEST) && !date.isAfter(LATEST);
        }
    }
}
