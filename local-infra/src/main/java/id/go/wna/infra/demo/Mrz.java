package id.go.wna.infra.demo;

import java.time.LocalDate;
import java.util.Locale;

/** Writes a passport's machine-readable zone (ICAO Doc 9303, TD3: two lines of 44 characters) with its check digits. */
public final class Mrz {

    private Mrz() {
    }

    /** ICAO 9303 check digit: weights 7, 3, 1 repeating; digits as themselves, A-Z as 10-35, {@code <} as 0; sum mod 10. */
    public static int checkDigit(String field) {
        int[] weights = {7, 3, 1};
        int sum = 0;
        for (int i = 0; i < field.length(); i++) {
            char c = field.charAt(i);
            int value;
            if (c == '<') {
                value = 0;
            } else if (c >= '0' && c <= '9') {
                value = c - '0';
            } else if (c >= 'A' && c <= 'Z') {
                value = c - 'A' + 10;
            } else {
                throw new IllegalArgumentException("'" + c + "' cannot appear in an MRZ");
            }
            sum += value * weights[i % 3];
        }
        return sum % 10;
    }

    /**
     * The two lines of a passport ("P") MRZ, separated by a line break. Codes are ICAO codes (e.g. {@code D} for
     * Germany); names in capitals A-Z and spaces; sex M, F or X.
     */
    public static String td3(String issuingState, String surname, String givenNames, String documentNumber, String nationality,
                             LocalDate birthDate, String sex, LocalDate expiry) {
        String names = fill(name(surname) + "<<" + name(givenNames), 39);
        String line1 = "P<" + fill(issuingState, 3) + names;
        String number = fill(documentNumber, 9);
        String birth = yymmdd(birthDate);
        String exp = yymmdd(expiry);
        String optional = fill("", 14);
        String part = number + checkDigit(number) + fill(nationality, 3) + birth + checkDigit(birth)
                + (sex.equals("X") ? "<" : sex) + exp + checkDigit(exp) + optional + "<";
        String composite = part.substring(0, 10) + part.substring(13, 20) + part.substring(21, 43);
        String line2 = part + checkDigit(composite);
        return line1 + "\n" + line2;
    }

    private static String name(String s) {
        return s.toUpperCase(Locale.ROOT).replaceAll("[^A-Z ]", "").strip().replaceAll("\\s+", "<");
    }

    private static String yymmdd(LocalDate d) {
        return String.format(Locale.ROOT, "%02d%02d%02d", d.getYear() % 100, d.getMonthValue(), d.getDayOfMonth());
    }

    /** Padded with {@code <} to exactly {@code length} (cut if longer). */
    static String fill(String s, int length) {
        StringBuilder b = new StringBuilder(s.length() > length ? s.substring(0, length) : s);
        while (b.length() < length) {
            b.append('<');
        }
        return b.toString();
    }
}
