package id.go.wna.notification.domain;

/** Who asked for consular access: the consular post, or the detained national. */
public enum AccessRequester {
    POST,
    DETAINEE
}
