package id.go.wna.platform.security;

/**
 * The roles of docs/security.md, as the {@code groups} claim of a bearer token names them. Who may do what is written
 * on each endpoint ({@code @RolesAllowed}) and summed up in the README.
 */
public final class Roles {

    /** Imigrasi officer: writes case-service (persons, presence, cases, custody). */
    public static final String IMIGRASI_OFFICER = "imigrasi-officer";
    /** Kemlu consular officer: writes notification-service; reads cases on a need-to-know basis. */
    public static final String KEMLU_CONSULAR = "kemlu-consular";
    /**
     * Kemlu consular supervisor: what a consular officer may do, plus the decisions the law reserves to a supervisor
     * (overriding the suppression of a notice about an asylum seeker or refugee). Endpoints that admit kemlu-consular
     * admit this role too.
     */
    public static final String KEMLU_SUPERVISOR = "kemlu-supervisor";
    /** Joint working team analyst: reciprocity and dashboard. */
    public static final String JOINT_ANALYST = "joint-analyst";
    /** Partner agency (Polri, Kejaksaan, Pemasyarakatan, TIMPORA...): read-only, pseudonymous views. */
    public static final String PARTNER_AGENCY = "partner-agency";
    /** A foreign mission's officer, bound by the {@code country} claim to one nationality. */
    public static final String MISSION_OFFICER = "mission-officer";
    /** Reads the audit log of identifiable-data reads. */
    public static final String AUDITOR = "auditor";
    /** Reference data, dead letters, replay. */
    public static final String ADMIN = "admin";

    /** The claim that binds a mission officer to the ISO 3166-1 alpha-3 code of the country it represents. */
    public static final String COUNTRY_CLAIM = "country";

    private Roles() {
    }
}
