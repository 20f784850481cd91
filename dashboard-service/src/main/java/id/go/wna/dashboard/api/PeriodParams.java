package id.go.wna.dashboard.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The period filter of the endpoints that count flows ({@code @BeanParam}); days are counted in WIB. */
public class PeriodParams {

    @QueryParam("from")
    @Parameter(description = "First day (WIB, ISO date) of the period; default to - 89 days")
    String from;

    @QueryParam("to")
    @Parameter(description = "Last day (WIB, ISO date) of the period; default today")
    String to;
}
