package id.go.wna.cases.api;

/** How every province input is read, for the OpenAPI descriptions (BPS and Kemendagri disagree on the Papua codes). */
final class ProvinceField {

    static final String DESCRIPTION = "The province: its name (Bali), its BPS code (a bare code is BPS: 51; 94 is Papua; or "
            + "bps:94), or its Kemendagri code only with the prefix kemendagri: (kemendagri:94 is Papua Tengah). Stored by BPS code.";

    private ProvinceField() {
    }
}
