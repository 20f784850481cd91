package id.go.wna.notification.service;

import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.platform.reference.Countries;
import id.go.wna.platform.security.Caller;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Optional;

/**
 * The one rule of what a foreign mission's officer sees in notification-service: the obligations owed to its own
 * state of which its post was notified, and what hangs on them (notices, letters, follow-ups, access requests).
 * An obligation's nationality is one of the person's, from the custody, death or guardianship notice (one obligation
 * per nationality, so a national of two foreign states is owed to both posts); the nationality a case event states
 * decides nothing here, so a case row that disagrees with its person cannot show another state's national. Never a
 * suppressed obligation (an asylum seeker's country of origin) nor one the person declined: neither is notified.
 */
@ApplicationScoped
public class MissionScope {

    private final Caller caller;

    public MissionScope(Caller caller) {
        this.caller = caller;
    }

    /** The country the caller is narrowed to; empty for callers who see every obligation. */
    public Optional<String> country() {
        return caller.missionCountry();
    }

    public boolean sees(Obligation o) {
        return country().map(iso3 -> iso3.equals(Countries.iso3OrSelf(o.nationality))
                && ConsularNotice.count("obligationId", o.id) > 0).orElse(true);
    }

    /**
     * The query condition of {@link #sees}, on the paths of the obligation's nationality and id in the query: empty
     * for a caller who sees everything; {@code " and ..."} otherwise. A mission officer asking for another country
     * ({@code requestedNationality}) gets a condition that holds for nothing.
     */
    public String condition(String nationality, String obligationId, String requestedNationality, Parameters p) {
        Optional<String> mission = country();
        if (mission.isEmpty()) {
            return "";
        }
        if (requestedNationality != null && !requestedNationality.equals(mission.get())) {
            return " and 1 = 0";
        }
        p.and("missionCodes", List.copyOf(Countries.icaoCodesOf(mission.get())));
        return " and " + nationality + " in :missionCodes and exists (select 1 from ConsularNotice mn where mn.obligationId = "
                + obligationId + ")";
    }
}
