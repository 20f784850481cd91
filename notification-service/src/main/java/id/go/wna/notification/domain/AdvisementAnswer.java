package id.go.wna.notification.domain;

/** What the person answered when told of the right to have the post notified. */
public enum AdvisementAnswer {
    REQUESTED, DECLINED, NO_RESPONSE, UNABLE;

    /** RightsAdvised.v1's answer. */
    public String contractValue() {
        return switch (this) {
            case REQUESTED -> "NOTIFY_REQUESTED";
            case DECLINED -> "NOTIFY_DECLINED";
            case NO_RESPONSE, UNABLE -> "NO_ANSWER";
        };
    }
}
