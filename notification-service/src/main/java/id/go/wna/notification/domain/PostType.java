package id.go.wna.notification.domain;

/**
 * What kind of foreign post: a career mission (embassy, consulate-general, consulate), an honorary consulate, or a
 * representative office standing in for a mission where there are no diplomatic relations (Taiwan's TETO).
 */
public enum PostType {
    EMBASSY, CONSULATE_GENERAL, CONSULATE, HONORARY_CONSULATE, REPRESENTATIVE_OFFICE;

    /** Headed by career consular or diplomatic staff: the posts a notification normally goes to. */
    public boolean career() {
        return this == EMBASSY || this == CONSULATE_GENERAL || this == CONSULATE;
    }

    /** As people write it: "consulate-general", "honorary consulate". */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace("consulate_general", "consulate-general").replace('_', ' ');
    }
}
