package id.go.wna.reciprocity.domain;

/** How open one state is to the other's nationals (docs/domain.md, Reciprocity), with its openness score. */
public enum VisaRegime {
    VISA_FREE(1.0), VISA_ON_ARRIVAL_OR_EVISA(0.6), VISA_REQUIRED(0.3), RESTRICTED(0.0);

    public final double openness;

    VisaRegime(double openness) {
        this.openness = openness;
    }
}
