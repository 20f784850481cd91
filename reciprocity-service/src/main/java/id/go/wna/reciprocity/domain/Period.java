package id.go.wna.reciprocity.domain;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of analysis: a month ("2026-11"), a quarter ("2026-Q4") or a year ("2026"). Facts are kept per month (UTC)
 * and summed over the months of the period.
 *
 * @param code         as written in the API
 * @param start        the first day
 * @param endExclusive the day after the last
 */
public record Period(String code, LocalDate start, LocalDate endExclusive) {

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    /** The period a code names; IllegalArgumentException when it names none. */
    public static Period parse(String code) {
        String c = code == null ? "" : code.strip().toUpperCase();
        Matcher m = MONTH.matcher(c);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            if (month < 1 || month > 12) {
                throw new IllegalArgumentException("no month " + month);
            }
            YearMonth ym = YearMonth.of(Integer.parseInt(m.group(1)), month);
            return new Period(ym.toString(), ym.atDay(1), ym.plusMonths(1).atDay(1));
        }
        m = QUARTER.matcher(c);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            int q = Integer.parseInt(m.group(2));
            LocalDate start = LocalDate.of(year, (q - 1) * 3 + 1, 1);
            return new Period(year + "-Q" + q, start, start.plusMonths(3));
        }
        m = YEAR.matcher(c);
        if (m.matches()) {
            int year = Integer.parseInt(m.group(1));
            return new Period(String.valueOf(year), LocalDate.of(year, 1, 1), LocalDate.of(year + 1, 1, 1));
        }
        throw new IllegalArgumentException("a period is a month (2026-11), a quarter (2026-Q4) or a year (2026)");
    }

    /** The months it spans, as "YYYY-MM", the key facts are stored under. */
    public List<String> months() {
        List<String> months = new ArrayList<>();
        for (YearMonth m = YearMonth.from(start); m.atDay(1).isBefore(endExclusive); m = m.plusMonths(1)) {
            months.add(m.toString());
        }
        return months;
    }

    /** The period of the same length just before (the trend compares with it). */
    public Period previous() {
        int monthsLong = months().size();
        LocalDate prevStart = start.minusMonths(monthsLong);
        return switch (monthsLong) {
            case 1 -> parse(YearMonth.from(prevStart).toString());
            case 3 -> parse(prevStart.getYear() + "-Q" + ((prevStart.getMonthValue() - 1) / 3 + 1));
            default -> parse(String.valueOf(prevStart.getYear()));
        };
    }
}
