package id.go.wna.contracts;

/** CloudEvents {@code ce_type} values: {@code <Aggregate><PastTense>.v1}. */
public final class EventTypes {

    public static final String CASE_OPENED = "CaseOpened.v1";

    private EventTypes() {
    }
}
