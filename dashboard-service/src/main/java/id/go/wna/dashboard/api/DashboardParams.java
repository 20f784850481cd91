package id.go.wna.dashboard.api;

import id.go.wna.dashboard.domain.Filters;
import id.go.wna.platform.api.DateParam;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.reference.Provinces;

import java.time.LocalDate;

/** Reads the dashboard's common filter parameters; a bad one is a 400 problem naming it. */
final class DashboardParams {

    /** The default period: the 90 days ending today (WIB). */
    static final int DEFAULT_DAYS = 90;

    private DashboardParams() {
    }

    /** Where and when: the place filters and the period (default the 90 days ending today). */
    static Filters filters(PlaceParams place, PeriodParams period) {
        LocalDate end = DateParam.parse("to", period.to);
        LocalDate start = DateParam.parse("from", period.from);
        if (end == null) {
            end = Filters.today();
        }
        if (start == null) {
            start = end.minusDays(DEFAULT_DAYS - 1);
        }
        if (start.isAfter(end)) {
            throw ProblemException.badRequest("from", "must not be after to (" + end + ")");
        }
        return new Filters(nationality(place.nationality), province(place.province), start, end);
    }

    /** Where only: for stocks and current figures, which have no period. */
    static Filters place(PlaceParams place) {
        return new Filters(nationality(place.nationality), province(place.province), null, null);
    }

    static String nationality(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("[A-Z]{3}") || !Countries.isIcaoCode(v)) {
            throw ProblemException.badRequest("nationality", "must be an ISO 3166-1 alpha-3 code in upper case, e.g. AUS");
        }
        return v;
    }

    /** The province's name as events carry it; any spelling Provinces knows (code, alias, letter case) is accepted. */
    static String province(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return Provinces.find(value).map(Provinces.Province::name)
                .orElseThrow(() -> ProblemException.badRequest("province", "must be an Indonesian province, e.g. Bali or DKI Jakarta"));
    }
}
