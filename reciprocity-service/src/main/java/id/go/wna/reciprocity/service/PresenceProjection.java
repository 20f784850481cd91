package id.go.wna.reciprocity.service;

import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.reciprocity.domain.Stays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Projects presence events into stays ({@code inbound_stay}): arrivals and the population at any instant. */
@ApplicationScoped
public class PresenceProjection {

    private final Stays stays;
    private final DirtyCountries dirty;

    public PresenceProjection(Stays stays, DirtyCountries dirty) {
        this.stays = stays;
        this.dirty = dirty;
    }

    /**
     * Applies a poll's presence events in their order: the stays one statement each, sent in as few round trips as
     * the order allows, and each (country, month) they touch marked once.
     *
     * @param events PersonArrived or PersonDeparted records; others (stay permits: not an inbound fact yet) are ignored
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void apply(List<?> events) {
        List<Stays.Movement> movements = new ArrayList<>(events.size());
        Set<DirtyCountries.Mark> marks = new LinkedHashSet<>();
        for (Object e : events) {
            if (e instanceof PersonArrived a) {
                movements.add(new Stays.Movement(a.personRef(), a.nationality(), a.arrivedAt(), true));
                marks.add(DirtyCountries.of(a.nationality(), a.arrivedAt()));
            } else if (e instanceof PersonDeparted d) {
                movements.add(new Stays.Movement(d.personRef(), d.nationality(), d.departedAt(), false));
                marks.add(DirtyCountries.of(d.nationality(), d.departedAt()));
            }
        }
        if (!movements.isEmpty()) {
            stays.apply(movements);
            dirty.markAll(marks);
        }
    }
}
