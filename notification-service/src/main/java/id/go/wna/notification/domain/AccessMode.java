package id.go.wna.notification.domain;

/** How consular access takes place (VCCR Art. 36(1)(c): visit, converse, correspond). */
public enum AccessMode {
    IN_PERSON,
    PHONE,
    VIDEO
}
