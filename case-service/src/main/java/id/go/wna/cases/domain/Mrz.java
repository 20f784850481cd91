package id.go.wna.cases.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A passport's machine-readable zone (ICAO Doc 9303, TD3: two lines of 44 characters), parsed and checked: every
 * check digit (document number, birth date, expiry, optional data, composite) is verified, so a typing error is
 * caught at capture and named.
 */
public record Mrz(String documentType, String issuingState, String surname, String givenNames, String documentNumber,
                  String nationality, LocalDate birthDate, String sex, LocalDate expiry, String optionalData) {

    /** A line or field of the MRZ that is wrong, named as the API reports it (e.g. "mrz.birthDateCheckDigit"). */
    public static final class InvalidMrz extends RuntimeException {
        private final String field;

        public InvalidMrz(String field, String message) {
            super(message);
            this.field = field;
        }

        public String field() {
            return field;
        }
    }

    public static Mrz parse(String mrz) {
        List<String> lines = Arrays.stream(mrz.strip().split("\\R")).map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (lines.size() != 2 || lines.get(0).length() != 44 || lines.get(1).length() != 44) {
            throw new InvalidMrz("mrz", "a passport MRZ (TD3) has two lines of 44 characters");
        }
        String l1 = lines.get(0).toUpperCase();
        String l2 = lines.get(1).toUpperCase();
        if (!(l1 + l2).matches("[A-Z0-9<]+")) {
            throw new InvalidMrz("mrz", "only A-Z, 0-9 and < may appear in an MRZ");
        }
        if (l1.charAt(0) != 'P') {
            throw new InvalidMrz("mrz.documentType", "a TD3 passport MRZ starts with P");
        }
        String number = l2.substring(0, 9);
        check(number, l2.charAt(9), "mrz.documentNumberCheckDigit", "document number");
        String birth = l2.substring(13, 19);
        check(birth, l2.charAt(19), "mrz.birthDateCheckDigit", "birth date");
        String expiry = l2.substring(21, 27);
        check(expiry, l2.charAt(27), "mrz.expiryDateCheckDigit", "expiry date");
        String optional = l2.substring(28, 42);
        // ICAO 9303 lets the check digit of an empty (all filler) optional data field be < as well as 0; nowhere else.
        if (l2.charAt(42) != '<' || !optional.chars().allMatch(c -> c == '<')) {
            check(optional, l2.charAt(42), "mrz.optionalDataCheckDigit", "optional data");
        }
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        check(composite, l2.charAt(43), "mrz.compositeCheckDigit", "composite (number, birth, expiry, optional data)");

        String[] names = l1.substring(5).split("<<", 2);
        String sex = switch (l2.charAt(20)) {
            case 'M' -> "M";
            case 'F' -> "F";
            case '<', 'X' -> "X";
            default -> throw new InvalidMrz("mrz.sex", "sex must be M, F or < (unspecified)");
        };
        return new Mrz(l1.substring(0, 2).replace("<", ""), trimFiller(l1.substring(2, 5)), words(names[0]),
                names.length > 1 ? words(names[1]) : "", trimFiller(number), trimFiller(l2.substring(10, 13)),
                date(birth, "mrz.birthDate", true), sex, date(expiry, "mrz.expiryDate", false), trimFiller(optional));
    }

    /** ICAO 9303 check digit: weights 7, 3, 1 repeating; 0-9 as themselves, A-Z as 10-35, < as 0; sum mod 10. */
    public static int checkDigit(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value = c == '<' ? 0 : Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }

    private static void check(String field, char digit, String name, String what) {
        int expected = checkDigit(field);
        if (!Character.isDigit(digit)) {
            throw new InvalidMrz(name, "the check digit of the " + what + " is " + digit + ", not a digit (the data gives "
                    + expected + ")");
        }
        if (digit - '0' != expected) {
            throw new InvalidMrz(name, "the check digit of the " + what + " is " + digit + " but the data gives "
                    + expected + ": a character was probably mistyped");
        }
    }

    private static String trimFiller(String s) {
        return s.replaceAll("<+$", "").replace('<', ' ').strip();
    }

    private static String words(String s) {
        return Arrays.stream(s.split("<")).filter(w -> !w.isEmpty()).collect(Collectors.joining(" "));
    }

    /**
     * YYMMDD with the century chosen: a birth date is not in the future; an expiry lies at most
     * {@value #EXPIRY_YEARS_AHEAD} years ahead (a passport is issued for 10 years at the most), so 99 is 1999, a document
     * long expired, not 2099.
     */
    private static LocalDate date(String yymmdd, String field, boolean birth) {
        try {
            int yy = Integer.parseInt(yymmdd.substring(0, 2));
            LocalDate today = LocalDate.now();
            int latest = today.getYear() + (birth ? 0 : EXPIRY_YEARS_AHEAD);
            int year = latest - Math.floorMod(latest - yy, 100);
            LocalDate date = LocalDate.parse(String.format("%04d-%s-%s", year, yymmdd.substring(2, 4), yymmdd.substring(4, 6)));
            return birth && date.isAfter(today) ? date.minusYears(100) : date;
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new InvalidMrz(field, yymmdd + " is not a date (YYMMDD)");
        }
    }

    /** How far ahead an expiry date may lie; beyond it, the two-digit year belongs to the previous century. */
    static final int EXPIRY_YEARS_AHEAD = 20;
}
