package id.go.wna.cases.api;

import id.go.wna.cases.domain.OffenceReference;
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

    @GET
    @Path("/offences")
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "Immigration crimes of UU 6/2011 (Pasal 113-136)",
            description = "Article, Indonesian and English description, maximum penalty, and whether pre-trial detention is permitted.")
    public List<OffenceView.Reference> offences() {
        return OffenceReference.<OffenceReference>listAll(Sort.ascending("article")).stream().map(OffenceView.Reference::of).toList();
    }
}
