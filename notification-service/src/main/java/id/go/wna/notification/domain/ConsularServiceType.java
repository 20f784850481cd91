package id.go.wna.notification.domain;

/** The kinds of service Kemlu's consular services log counts (the seed's figures to September 2020 in brackets). */
public enum ConsularServiceType {
    /** A call to Kemlu's hotline about a foreign national (301 cases). One entry, one case. */
    HOTLINE_CASE,
    /** Flight clearances for an evacuation flight of a foreign mission (209 clearances). */
    FLIGHT_CLEARANCE,
    /** Help to a foreign mission (PNA) evacuating its nationals (13,514 persons). */
    EVACUATION_ASSISTANCE,
    /** Exit Permit Only documents issued (with the two stay permits below: 4,780 documents). */
    EXIT_PERMIT_ONLY,
    /** Diplomatic stay permit documents issued. */
    DIPLOMATIC_STAY_PERMIT,
    /** Service stay permit documents issued. */
    SERVICE_STAY_PERMIT,
    /** A discretion granted on humanitarian grounds. */
    HUMANITARIAN_DISCRETION,
    OTHER;

    /** The documents counted together as "EPO plus diplomatic/service stay permits". */
    public boolean isPermitDocument() {
        return this == EXIT_PERMIT_ONLY || this == DIPLOMATIC_STAY_PERMIT || this == SERVICE_STAY_PERMIT;
    }
}
