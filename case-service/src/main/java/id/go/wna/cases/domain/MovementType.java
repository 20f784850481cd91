package id.go.wna.cases.domain;

import id.go.wna.contracts.EventTypes;

/** What a presence movement records, and the event each publishes on wna.presence-events.v1. */
public enum MovementType {
    ARRIVAL(EventTypes.PERSON_ARRIVED),
    DEPARTURE(EventTypes.PERSON_DEPARTED),
    PERMIT_ISSUED(EventTypes.STAY_PERMIT_ISSUED),
    PERMIT_ENDED(EventTypes.STAY_PERMIT_ENDED);

    private final String eventType;

    MovementType(String eventType) {
        this.eventType = eventType;
    }

    public String eventType() {
        return eventType;
    }

    public boolean crossesBorder() {
        return this == ARRIVAL || this == DEPARTURE;
    }

    public boolean isPermit() {
        return this == PERMIT_ISSUED || this == PERMIT_ENDED;
    }
}
