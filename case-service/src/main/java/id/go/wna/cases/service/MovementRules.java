package id.go.wna.cases.service;

import id.go.wna.cases.domain.Movement;
import id.go.wna.cases.domain.MovementType;
import id.go.wna.contracts.AgeBands;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.platform.security.PersonRefs;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static id.go.wna.cases.service.MovementInput.*;

/**
 * The rules of a presence movement, shared by {@code POST /presence/movements} and the bulk import: text fields to
 * types ({@link #parse}), then what each type needs ({@link #check}), naming the field of every fault. A valid
 * movement comes out with its pseudonymous person reference, ISO nationality and age band; the travel document and
 * birth date it was derived from are not kept.
 */
@ApplicationScoped
public class MovementRules {

    /** Clock skew tolerated for a movement's time. */
    private static final Duration SKEW = Duration.ofMinutes(5);
    private static final Pattern PORT_CODE_PATTERN = Pattern.compile("[A-Z0-9_-]{2,20}");
    private static final Pattern DOCUMENT_NUMBER_PATTERN = Pattern.compile("[A-Z0-9< -]{1,30}");

    private final PersonRefs personRefs;

    public MovementRules(PersonRefs personRefs) {
        this.personRefs = personRefs;
    }

    /** Text fields (a CSV row, an NDJSON object) to a typed movement; a field that does not parse is named in {@code errors}. */
    public MovementInput parse(Function<String, String> fields, List<BrokenRule> errors) {
        return new MovementInput(
                uuid(fields, MOVEMENT_ID, errors),
                enumOf(fields, TYPE, MovementType.class, errors),
                instant(fields, OCCURRED_AT, errors),
                text(fields, DOCUMENT_ISSUING_STATE),
                text(fields, DOCUMENT_NUMBER),
                text(fields, NATIONALITY),
                text(fields, SEX),
                date(fields, BIRTH_DATE, errors),
                text(fields, PORT_CODE),
                text(fields, PROVINCE),
                enumOf(fields, ENTRY_BASIS, Movement.EntryBasis.class, errors),
                enumOf(fields, PERMIT_TYPE, Movement.PermitType.class, errors),
                uuid(fields, PERMIT_ID, errors),
                enumOf(fields, ISSUER, Movement.Issuer.class, errors),
                date(fields, VALID_FROM, errors),
                date(fields, VALID_UNTIL, errors),
                enumOf(fields, END_REASON, Movement.PermitEndReason.class, errors),
                integer(fields, OVERSTAY_DAYS, errors));
    }

    /**
     * What the movement's type needs, checked after {@link #parse} (whose errors for a field are not repeated here).
     * Fields that do not apply to the type are ignored. Returns the movement (not persisted), or null if {@code errors}
     * holds any error (of parsing or of these rules).
     */
    public Movement check(MovementInput in, List<BrokenRule> errors, Instant now) {
        MovementType type = in.type();
        required(in.movementId(), MOVEMENT_ID, errors);
        required(type, TYPE, errors);
        if (required(in.occurredAt(), OCCURRED_AT, errors) && in.occurredAt().isAfter(now.plus(SKEW))) {
            errors.add(new BrokenRule(OCCURRED_AT, "is in the future"));
        }
        String state = upper(in.documentIssuingState());
        if (required(state, DOCUMENT_ISSUING_STATE, errors) && !Countries.isIcaoCode(state)) {
            errors.add(new BrokenRule(DOCUMENT_ISSUING_STATE, "is not an ISO 3166-1 alpha-3 or ICAO Doc 9303 code"));
        }
        String number = upper(in.documentNumber());
        if (required(number, DOCUMENT_NUMBER, errors) && !DOCUMENT_NUMBER_PATTERN.matcher(number).matches()) {
            errors.add(new BrokenRule(DOCUMENT_NUMBER, "must be 1 to 30 letters and digits"));
        }
        String nationality = upper(in.nationality());
        if (required(nationality, NATIONALITY, errors) && !Countries.isIcaoCode(nationality)) {
            errors.add(new BrokenRule(NATIONALITY, "is not an ISO 3166-1 alpha-3 or ICAO Doc 9303 code"));
        }
        String sex = upper(in.sex());
        boolean sexNeeded = type == MovementType.ARRIVAL || type == MovementType.PERMIT_ISSUED;
        if (sex == null) {
            if (sexNeeded) {
                required(null, SEX, errors);
            }
        } else if (!(sex.equals("M") || sex.equals("F") || sex.equals("X"))) {
            errors.add(new BrokenRule(SEX, "must be M, F or X"));
        }
        if (in.birthDate() != null && in.birthDate().isAfter(LocalDate.ofInstant(now, ZoneOffset.UTC))) {
            errors.add(new BrokenRule(BIRTH_DATE, "is in the future"));
        }
        String port = upper(in.portCode());
        String province = trimmed(in.province());
        if (province != null && province.length() > 60) {
            errors.add(new BrokenRule(PROVINCE, "must be at most 60 characters"));
        }
        if (type != null && type.crossesBorder()) {
            if (required(port, PORT_CODE, errors) && !PORT_CODE_PATTERN.matcher(port).matches()) {
                errors.add(new BrokenRule(PORT_CODE, "must be a border post code of 2 to 20 letters, digits, - or _"));
            }
            required(province, PROVINCE, errors);
            if (type == MovementType.DEPARTURE && in.overstayDays() != null && (in.overstayDays() < 0 || in.overstayDays() > 36500)) {
                errors.add(new BrokenRule(OVERSTAY_DAYS, "must be between 0 and 36500"));
            }
        }
        if (type != null && type.isPermit()) {
            required(in.permitType(), PERMIT_TYPE, errors);
            required(in.permitId(), PERMIT_ID, errors);
            if (type == MovementType.PERMIT_ISSUED) {
                if (required(in.validFrom(), VALID_FROM, errors) && in.validUntil() != null && in.validUntil().isBefore(in.validFrom())) {
                    errors.add(new BrokenRule(VALID_UNTIL, "is before validFrom"));
                }
            } else {
                required(in.endReason(), END_REASON, errors);
            }
        }
        if (!errors.isEmpty()) {
            return null;
        }
        Movement m = new Movement();
        m.id = in.movementId();
        m.type = type;
        m.occurredAt = in.occurredAt().truncatedTo(ChronoUnit.MICROS);
        m.personRef = personRefs.of(state, number);
        m.nationality = Countries.iso3OfIcao(nationality).orElse(nationality);
        m.sex = sex;
        m.ageBand = AgeBands.of(in.birthDate(), LocalDate.ofInstant(m.occurredAt, ZoneOffset.UTC));
        switch (type) {
            case ARRIVAL -> {
                m.portCode = port;
                m.province = province;
                m.entryBasis = in.entryBasis();
            }
            case DEPARTURE -> {
                m.portCode = port;
                m.province = province;
                m.overstayDays = in.overstayDays();
            }
            case PERMIT_ISSUED -> {
                m.province = province;
                m.permitType = in.permitType();
                m.permitId = in.permitId();
                m.issuer = in.issuer() != null ? in.issuer() : defaultIssuer(in.permitType());
                m.validFrom = in.validFrom();
                m.validUntil = in.validUntil();
            }
            case PERMIT_ENDED -> {
                m.permitType = in.permitType();
                m.permitId = in.permitId();
                m.endReason = in.endReason();
            }
        }
        return m;
    }

    /** Diplomatic and service permits are Kemlu's; the others Imigrasi's. */
    static Movement.Issuer defaultIssuer(Movement.PermitType type) {
        return type == Movement.PermitType.DIPLOMATIC || type == Movement.PermitType.SERVICE ? Movement.Issuer.KEMLU : Movement.Issuer.IMIGRASI;
    }

    private static boolean required(Object value, String field, List<BrokenRule> errors) {
        if (value == null) {
            if (errors.stream().noneMatch(e -> e.field().equals(field))) {
                errors.add(new BrokenRule(field, "is required"));
            }
            return false;
        }
        return true;
    }

    private static String trimmed(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }

    private static String upper(String s) {
        String t = trimmed(s);
        return t == null ? null : t.toUpperCase(Locale.ROOT);
    }

    private static String text(Function<String, String> fields, String name) {
        return trimmed(fields.apply(name));
    }

    private static UUID uuid(Function<String, String> fields, String name, List<BrokenRule> errors) {
        String s = text(fields, name);
        if (s == null) {
            return null;
        }
        try {
            if (s.length() == 36) {
                return UUID.fromString(s);
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        errors.add(new BrokenRule(name, "must be a UUID"));
        return null;
    }

    private static Instant instant(Function<String, String> fields, String name, List<BrokenRule> errors) {
        String s = text(fields, name);
        if (s == null) {
            return null;
        }
        try {
            return s.endsWith("Z") ? Instant.parse(s) : OffsetDateTime.parse(s).toInstant();
        } catch (DateTimeParseException e) {
            errors.add(new BrokenRule(name, "must be an ISO-8601 instant, e.g. 2026-11-02T08:15:00Z"));
            return null;
        }
    }

    private static LocalDate date(Function<String, String> fields, String name, List<BrokenRule> errors) {
        String s = text(fields, name);
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            errors.add(new BrokenRule(name, "must be an ISO-8601 date, e.g. 1990-04-21"));
            return null;
        }
    }

    private static Integer integer(Function<String, String> fields, String name, List<BrokenRule> errors) {
        String s = text(fields, name);
        if (s == null) {
            return null;
        }
        try {
            return Integer.valueOf(s);
        } catch (NumberFormatException e) {
            errors.add(new BrokenRule(name, "must be a whole number"));
            return null;
        }
    }

    private static <E extends Enum<E>> E enumOf(Function<String, String> fields, String name, Class<E> type, List<BrokenRule> errors) {
        String s = text(fields, name);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            errors.add(new BrokenRule(name, "must be one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
                    .collect(Collectors.joining(", "))));
            return null;
        }
    }
}
