package id.go.wna.notification.service;

import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;

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
        return criterion(null).admits(o.nationality, () -> ConsularNotice.count("obligationId", o.id) > 0);
    }

    /**
     * The rule of {@link #sees} for a query: everything for a caller who sees everything; a mission officer asking for
     * another country ({@code requestedNationality}) gets a criterion that holds for nothing.
     */
    public MissionCriterion criterion(String requestedNationality) {
        return country().map(c -> MissionCriterion.mission(c, requestedNationality)).orElseGet(MissionCriterion::everything);
    }
}
