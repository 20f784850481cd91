package id.go.wna.notification.api;

/** Limits shared by the consular services log's requests. */
public final class ConsularServiceRequests {

    /**
     * A summary is a sentence (what was done), not a case file: short enough that it is not the place for a person's
     * story, name or contacts (data minimisation, UU 27/2022 Pasal 16), long enough to tell entries apart.
     */
    public static final int SUMMARY_MAX = 280;

    private ConsularServiceRequests() {
    }
}
