package id.go.wna.dashboard.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The nationality and province filters every figures endpoint takes ({@code @BeanParam}). */
public class PlaceParams {

    @QueryParam("nationality")
    @Parameter(description = "ISO 3166-1 alpha-3, upper case, e.g. AUS")
    String nationality;

    @QueryParam("province")
    @Parameter(description = "Province name as events carry it, e.g. Bali (a BPS code, a Kemendagri code as kemendagri:94, or another known spelling is accepted)")
    String province;
}
