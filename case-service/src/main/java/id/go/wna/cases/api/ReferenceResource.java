package id.go.wna.cases.api;

import id.go.wna.cases.domain.AdministrativeActionReference;
import id.go.wna.cases.domain.DetentionFacility;
import id.go.wna.cases.domain.OffenceReference;
import id.go.wna.cases.domain.OverstayTariff;
import id.go.wna.cases.service.AdministrativeActionService;
import id.go.wna.platform.api.PlausibleDate;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.reference.Provinces;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

@Path("/api/v1/reference")
@Tag(name = "Reference data", description = "Catalogues the other endpoints check against")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class ReferenceResource {

    private final AdministrativeActionService actions;

    public ReferenceResource(AdministrativeActionService actions) {
        this.actions = actions;
    }

    @GET
    @Path("/offences")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Immigration crimes of UU 6/2011 (Pasal 113-136), every version",
            description = "Each version of each article (or paragraph/letter where the penalty differs) with its instrument and "
                    + "effective dates, Indonesian and English description, penalty (custody, fine, and whether together), "
                    + "whether pre-trial detention is permitted, whether new offences may be recorded under it, and its [check] "
                    + "marks. With `on`, only the versions in force that day.")
    public List<OffenceView.Reference> offences(@QueryParam("on") @Parameter(example = "2024-10-17",
            description = "Only the versions in force on this day") String on) {
        List<OffenceReference> all = on == null
                ? OffenceReference.listAll(Sort.ascending("article").and("effectiveFrom"))
                : OffenceReference.list("effectiveFrom <= ?1 and (effectiveTo is null or effectiveTo >= ?1)",
                        Sort.ascending("article").and("effectiveFrom"), date("on", on));
        return all.stream().map(OffenceView.Reference::of).toList();
    }

    @GET
    @Path("/administrative-actions")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Immigration administrative actions (TAK) of UU 6/2011 Pasal 75(2), letters a-f",
            description = "Each action with its letter and Indonesian and English description; exit and entry bans with their rules "
                    + "by period (instrument, article, effective dates, longest first term, extensions, whether for life, [check]).")
    public List<AdministrativeActionView.Reference> administrativeActions() {
        return AdministrativeActionReference.<AdministrativeActionReference>listAll(Sort.ascending("letter").and("actionType"))
                .stream().map(AdministrativeActionView.Reference::of).toList();
    }

    @GET
    @Path("/overstay-tariffs")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Overstay charges by effective date (UU 6/2011 Pasal 78)",
            description = "Each rate with the regulation that set it and the dates it was in force, with its [check] marks.")
    public List<OverstayView.Tariff> overstayTariffs() {
        return OverstayTariff.<OverstayTariff>listAll(Sort.ascending("effectiveFrom")).stream().map(OverstayView.Tariff::of).toList();
    }

    @GET
    @Path("/overstay-charge")
    @Operation(summary = "Overstay calculator",
            description = "Days beyond the permit's last valid day on a given day, and what Pasal 78 makes of them with the tariff in "
                    + "force that day (cited with its regulation: PP 45/2014, PP 28/2019, PP 45/2024): under 60 days a charge per "
                    + "day, 60 and more deportation and an entry ban ([check] exactly 60 days). Unverified points come in `check`.")
    public OverstayView overstayCharge(@QueryParam("permitValidUntil") @Parameter(required = true, example = "2026-09-30",
                                               description = "The permit's last valid day") String permitValidUntil,
                                       @QueryParam("on") @Parameter(example = "2026-11-28", description = "The day assessed; today (WIB) when left out") String on) {
        if (permitValidUntil == null) {
            throw ProblemException.invalidField("permitValidUntil", "is required (ISO date, e.g. 2026-09-30)");
        }
        LocalDate day = on == null ? LocalDate.now(ZoneId.of("Asia/Jakarta")) : date("on", on);
        return OverstayView.of(actions.assess(date("permitValidUntil", permitValidUntil), day));
    }

    @GET
    @Path("/detention-facilities")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Immigration detention centres (Rudenim, UU 6/2011 Pasal 83)",
            description = "The codes a custody episode in a RUDENIM must use.")
    public List<DetentionFacilityView> detentionFacilities() {
        return DetentionFacility.<DetentionFacility>listAll(Sort.ascending("code")).stream()
                .map(f -> {
                    Provinces.Province p = Provinces.byCode(Provinces.Scheme.BPS, f.provinceCode).orElse(null);
                    return new DetentionFacilityView(f.code, f.facilityType, f.name, f.city, f.provinceCode,
                            p == null ? null : p.kemendagriCode(), p == null ? null : p.name());
                }).toList();
    }

    @GET
    @Path("/provinces")
    @Operation(summary = "Indonesia's provinces with their BPS and Kemendagri codes",
            description = "code is the BPS code (canonical); kemendagriCode differs for the Papua provinces. Inputs take a province "
                    + "by name, by BPS code (bare, e.g. 94, or bps:94) or by Kemendagri code only when prefixed (kemendagri:94).")
    public List<Provinces.Province> provinces() {
        return Provinces.all();
    }

    @Schema(name = "DetentionFacility")
    public record DetentionFacilityView(@Schema(example = "RUDENIM-DENPASAR") String code, String facilityType, String name,
                                        String city, @Schema(description = "BPS code") String provinceCode,
                                        @Schema(description = "Kemendagri code of the same province") String provinceKemendagriCode,
                                        String province) {
    }

    /** The day a rule is asked for: an ISO date within the years every date of this service lies in (PlausibleDate). */
    private static LocalDate date(String field, String value) {
        LocalDate day;
        try {
            day = LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "is not an ISO date such as 2026-09-30");
        }
        if (!PlausibleDate.Validator.isPlausible(day)) {
            throw ProblemException.invalidField(field, "must be between 1900-01-01 and 2100-12-31");
        }
        return day;
    }
}
