package id.go.wna.dashboard.api;

import id.go.wna.dashboard.domain.CaseTallies;
import id.go.wna.dashboard.service.CaseStatistics;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/cases/stats")
@Tag(name = "Cases", description = "Case figures projected from wna.case-events.v1")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
public class CaseStatsResource {

    private final CaseStatistics statistics;

    public CaseStatsResource(CaseStatistics statistics) {
        this.statistics = statistics;
    }

    public record CaseCount(String key, long cases) {
    }

    public record CaseStats(String by, long total, List<CaseCount> counts) {
    }

    @GET
    @Operation(summary = "Cases counted by one dimension", description = "Largest first.")
    public CaseStats stats(@QueryParam("by") @DefaultValue("kind")
                           @Parameter(description = "kind, status, nationality or province") String by) {
        CaseTallies.Dimension dimension = EnumParam.parse("by", by, CaseTallies.Dimension.class);
        List<CaseCount> counts = statistics.countBy(dimension).stream().map(c -> new CaseCount(c.key(), c.cases())).toList();
        return new CaseStats(dimension.name().toLowerCase(Locale.ROOT), counts.stream().mapToLong(CaseCount::cases).sum(), counts);
    }
}
