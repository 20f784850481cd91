package id.go.wna.reciprocity.api;

import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.security.Caller;
import id.go.wna.platform.security.Roles;
import id.go.wna.reciprocity.domain.Period;
import id.go.wna.reciprocity.service.Assessments;
import id.go.wna.reciprocity.service.Periods;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

@Path("/api/v1")
@Tag(name = "Assessments", description = "Per-country reciprocity assessments (docs/domain.md, Reciprocity): five indicators in [-1, 1], "
        + "positive = Indonesia treats the country better than the country treats Indonesians (WNI); a composite with "
        + "shrinkage toward neutral for small n; confidence, completeness, trend; the facts behind every number. "
        + "NOTIFICATION_ASYMMETRY = notifiedWithin72h/arrestsOwedNotice − wniNotifiedWithin72h/wniDetained; "
        + "arrestsOwedNotice = arrests opened in the period owed a notice by their latest regime: MANDATORY, ON_REQUEST "
        + "where the person asked (latest answer), ESCALATED for consular staff (VCCR Art. 42), or actually notified; "
        + "not declined or never-asked on-request arrests, diplomatic immunity, stateless or Indonesian, asylum. "
        + "ACCESS_ASYMMETRY = accessConducted/accessRequested − wniAccessGranted/wniAccessRequested (intervals: the two 95 % "
        + "Wilson intervals combined as [low_in − high_out, high_in − low_out]). VISA_OPENNESS_ASYMMETRY = "
        + "openness(Indonesia → country) − openness(country → WNI), openness visa-free 1, VoA/e-visa 0.6, visa 0.3, "
        + "restricted 0. ENFORCEMENT_RATIO = clamp(−ln(r_in/r_out)/ln 4, −1, 1), r_in = (deportations + 0.5)/population, "
        + "r_out = (wniDeported + 0.5)/wniPresent. OFFENCE_RATE (risk, weight 0 by default) = clamp(ln(rate/median)/ln 4, "
        + "−1, 1), rate = (offences + 0.5)/population × 1000, median over every country of the period (≥ 3). Composite = "
        + "Σ weight_i × value_i × n_i/(n_i + k) / Σ weight_j (indicators with a value; k = 10). Advice for the joint "
        + "working team, never an automatic policy trigger.")
@Produces(MediaType.APPLICATION_JSON)
public class AssessmentResource {


    private final Assessments assessments;
    private final Caller caller;

    public AssessmentResource(Assessments assessments, Caller caller) {
        this.assessments = assessments;
        this.caller = caller;
    }

    /** Ministries and the joint team see every number; anyone else (partner agencies) the suppressed view. */
    private boolean sharedView() {
        return !(caller.hasRole(Roles.JOINT_ANALYST) || caller.hasRole(Roles.KEMLU_CONSULAR)
                || caller.hasRole(Roles.KEMLU_SUPERVISOR) || caller.hasRole(Roles.IMIGRASI_OFFICER));
    }

    @GET
    @Path("/assessments")
    @RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER,
            Roles.PARTNER_AGENCY})
    @Operation(summary = "Rank the countries of a period",
            description = "Every country with a fact in the period (inbound or outbound, or a visa regime), from its current "
                    + "snapshot (computed and stored first when the period was never assessed for it). Order "
                    + "`sort=composite` (default): composite descending, so the countries Indonesia treats most generously "
                    + "compared with how they treat Indonesians come first and those treating Indonesians best relative to "
                    + "Indonesia's treatment last; `sort=asymmetry`: |composite| descending, the most lopsided either way "
                    + "first. Ties by lower bound descending, then ISO code. Countries without a composite come last, "
                    + "unranked. Partner agencies get the suppressed composite (small cells withheld).")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = RankingView.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "period missing")
    @APIResponse(responseCode = "422", description = "period names no month, quarter or year")
    public List<RankingView> ranking(
            @QueryParam("period") @NotBlank @Parameter(description = "2026-11, 2026-Q4 or 2026", required = true) String period,
            @QueryParam("sort") @DefaultValue("composite") @Pattern(regexp = "composite|asymmetry",
                    message = "must be composite or asymmetry") String sort) {
        Period p = Periods.parse(period);
        boolean shared = sharedView();
        List<Assessments.Snapshot> all = new ArrayList<>(assessments.all(p));
        Comparator<Assessments.Snapshot> order = Comparator.comparing(
                (Assessments.Snapshot s) -> key(s, shared, sort), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(s -> s.view(shared).low(), Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Assessments.Snapshot::iso3);
        all.sort(order);
        List<RankingView> ranked = new ArrayList<>();
        int rank = 0;
        for (Assessments.Snapshot s : all) {
            ranked.add(RankingView.of(s.view(shared).composite() == null ? null : ++rank, s, shared));
        }
        return ranked;
    }

    private static Double key(Assessments.Snapshot s, boolean shared, String sort) {
        Double c = s.view(shared).composite();
        return c == null ? null : "asymmetry".equals(sort) ? Math.abs(c) : c;
    }

    @GET
    @Path("/countries/{iso3}/assessment")
    @RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER,
            Roles.PARTNER_AGENCY})
    @Operation(summary = "The country profile: its assessment for a period",
            description = "The current snapshot (computed and stored first if the country was never assessed for the "
                    + "period): composite, interval, confidence, completeness, trend against the previous period, each "
                    + "indicator with its formula, value, n, 95 % interval, completeness, weight, shrinkage n/(n + k), "
                    + "contribution and its facts (name, value, source, path into `facts`, origin), and every fact with "
                    + "the visa context. Partner agencies read the suppressed view: counts of 1 to 4 withheld, indicators "
                    + "resting on them or on n < 5 withheld, the composite over the indicators left.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = AssessmentView.class)))
    @APIResponse(responseCode = "404", description = "No fact about the country in the period")
    @APIResponse(responseCode = "422", description = "period names no month, quarter or year; iso3 not a code")
    public AssessmentView profile(@PathParam("iso3") String iso3,
                                  @QueryParam("period") @NotBlank @Parameter(description = "2026-11, 2026-Q4 or 2026", required = true) String period) {
        String code = iso3 == null ? "" : iso3.strip().toUpperCase();
        if (!code.matches("[A-Z]{3}")) {
            throw ProblemException.invalidField("iso3", "must be an ISO 3166-1 alpha-3 code");
        }
        return AssessmentView.of(assessments.current(code, Periods.parse(period)), sharedView());
    }

    @POST
    @Path("/assessments/recompute")
    @RolesAllowed(Roles.JOINT_ANALYST)
    @Operation(summary = "Recompute every country of a period now",
            description = "What the scheduled refresh does (dirty countries every 30 s, the current periods every 15 min), "
                    + "on demand. A country whose numbers did not change keeps its snapshot and publishes nothing; a changed "
                    + "one gets a new snapshot and AssessmentComputed.v1, and ThresholdCrossed.v1 for each configured "
                    + "threshold its shared value crossed (from the previous snapshot's value, or from neutral: 0 for the "
                    + "composite and indicators, 1 for notification-out-share), all in one transaction.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = Assessments.Outcome.class)))
    @APIResponse(responseCode = "400", description = "period missing")
    @APIResponse(responseCode = "422", description = "period names no month, quarter or year")
    public Assessments.Outcome recompute(
            @QueryParam("period") @NotBlank @Parameter(description = "2026-11, 2026-Q4 or 2026", required = true) String period) {
        return assessments.recompute(Periods.parse(period));
    }
}
