package id.go.wna.reciprocity.service;

import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.reciprocity.domain.Stays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** Projects presence events into stays ({@code inbound_stay}): arrivals and the population at any instant. */
@ApplicationScoped
public class PresenceProjection {

    private final Stays stays;
    private final DirtyCountries dirty;

    public PresenceProjection(Stays stays, DirtyCountries dirty) {
        this.stays = stays;
        this.dirty = dirty;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void personArrived(PersonArrived event) {
        stays.arrived(event.personRef(), event.nationality(), event.arrivedAt());
        dirty.mark(event.nationality(), event.arrivedAt());
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void personDeparted(PersonDeparted event) {
        stays.departed(event.personRef(), event.nationality(), event.departedAt());
        dirty.mark(event.nationality(), event.departedAt());
    }
}
