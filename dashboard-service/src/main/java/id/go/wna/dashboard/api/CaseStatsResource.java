package id.go.wna.dashboard.api;

import id.go.wna.dashboard.domain.CaseTallies;
import id.go.wna.dashboard.service.CaseStatistics;
import id.go.wna.platform.api.EnumParam;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;
import java.util.Locale;

@Path("/api/v1/cases/stats")
@Tag(name = "Cases", description = "Case figures projected from wna.case-events.v1")
@Produces({MediaType.APPLICATION_JSON, Csv.TEXT_CSV})
@RolesAllowed({Roles.JOINT_ANALYST, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.IMIGRASI_OFFICER, Roles.PARTNER_AGENCY})
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
    @Operation(summary = "Cases counted by one dimension",
            description = "By current status (a status change moves the case). Largest first. Answers text/csv when the Accept header asks for it.")
    @APIResponse(responseCode = "200", description = "The counts", content = @Content(schema = @Schema(implementation = CaseStats.class)))
    public Response stats(@QueryParam("by") @DefaultValue("kind")
                          @Parameter(description = "kind, status, nationality or province") String by,
                          @BeanParam PlaceParams place,
                          @QueryParam("open") @DefaultValue("false")
                          @Parameter(description = "true: only cases not RESOLVED or ARCHIVED") String open,
                          @Context HttpHeaders headers) {
        CaseTallies.Dimension dimension = EnumParam.parse("by", by, CaseTallies.Dimension.class);
        boolean openOnly = EnumParam.parse("open", open, Bool.class) == Bool.TRUE;
        List<CaseCount> counts = statistics.countBy(dimension, DashboardParams.nationality(place.nationality),
                DashboardParams.province(place.province), openOnly).stream().map(c -> new CaseCount(c.key(), c.cases())).toList();
        String name = dimension.name().toLowerCase(Locale.ROOT);
        CaseStats body = new CaseStats(name, counts.stream().mapToLong(CaseCount::cases).sum(), counts);
        return Csv.answer(headers, body, "cases-by-" + name, CaseCount.class, counts);
    }

    /** A boolean parameter whose bad value is a 400 naming it (JAX-RS would answer a bare 404). */
    enum Bool { TRUE, FALSE }
}
