package id.go.wna.contracts;

/** The Kafka topics of the WNA platform (event-contracts/README.md). Names are a public contract: never rename, version instead. */
public final class Topics {

    /** Case lifecycle, offences, administrative actions, custody, deaths, deportations. Key: caseId. Pseudonymous. */
    public static final String CASE_EVENTS = "wna.case-events.v1";
    /** Arrivals, departures, stay permits issued/ended. Key: personRef. Pseudonymous. */
    public static final String PRESENCE_EVENTS = "wna.presence-events.v1";
    /** What a consular notice needs, identity included. Key: caseId. Restricted to notification-service. */
    public static final String CUSTODY_NOTICES = "wna.custody-notices.v1";
    /** Consular obligations, notices, access, consular services, welfare. Key: obligationId. */
    public static final String CONSULAR_EVENTS = "kemlu.consular-events.v1";
    /** Assessments computed, thresholds crossed. Key: ISO 3166-1 alpha-3 code. */
    public static final String RECIPROCITY_EVENTS = "kemlu.reciprocity-events.v1";

    private Topics() {
    }

    /** The dead-letter topic of a consumer group. */
    public static String deadLetter(String consumerGroup) {
        return consumerGroup + ".dlq";
    }
}
