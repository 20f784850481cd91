package id.go.wna.notification.domain;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The coarse health status of a foreign national monitored in a crisis, as Kemlu counted them during Covid-19 (close
 * contacts 634, confirmed 477, recovered 321, returned to their home country 329, died 12, to September 2020).
 */
public enum WelfareStatus {
    CLOSE_CONTACT,
    CONFIRMED,
    RECOVERED,
    RETURNED_TO_HOME_COUNTRY,
    DIED;

    /**
     * What may follow: a close contact may turn out confirmed; a confirmed person recovers; a recovered person may be
     * exposed or infected again; anyone alive may leave or die. Death and the return home end the monitoring: a
     * person who returns to Indonesia is a new report.
     */
    public Set<WelfareStatus> next() {
        return switch (this) {
            case CLOSE_CONTACT -> EnumSet.of(CONFIRMED, RETURNED_TO_HOME_COUNTRY, DIED);
            case CONFIRMED -> EnumSet.of(RECOVERED, RETURNED_TO_HOME_COUNTRY, DIED);
            case RECOVERED -> EnumSet.of(CLOSE_CONTACT, CONFIRMED, RETURNED_TO_HOME_COUNTRY, DIED);
            case RETURNED_TO_HOME_COUNTRY, DIED -> EnumSet.noneOf(WelfareStatus.class);
        };
    }

    public boolean isFinal() {
        return next().isEmpty();
    }

    public boolean allows(WelfareStatus to) {
        return next().contains(to);
    }

    public List<String> allowedNames() {
        return next().stream().map(Enum::name).toList();
    }
}
