package id.go.wna.platform.api;

import id.go.wna.platform.security.AuditLog;
import id.go.wna.platform.security.Roles;
import io.quarkus.arc.properties.IfBuildProperty;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The audit log of identifiable-data reads, for auditors; in the services that hold identity ({@code wna.audit.api=true}). */
@Path("/api/v1/audit")
@Tag(name = "Audit", description = "Who read identifiable personal data, when and why (role auditor)")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.AUDITOR)
@IfBuildProperty(name = "wna.audit.api", stringValue = "true")
public class AuditResource {

    private final AuditLog audit;

    public AuditResource(AuditLog audit) {
        this.audit = audit;
    }

    @Schema(name = "AuditEntry")
    public record AuditEntryView(UUID id, Instant readAt, String subject, String roles, String what, String resource,
                                 String personRef, String purpose, String requestId, String path) {
        static AuditEntryView of(AuditLog.Entry e) {
            return new AuditEntryView(e.id, e.readAt, e.subject, e.roles, e.what, e.resource, e.personRef, e.purpose,
                    e.requestId, e.path);
        }
    }

    @GET
    @Operation(summary = "Reads of identifiable data, newest first", description = "Filter by subject, personRef, from/to (ISO-8601 instants).")
    public List<AuditEntryView> search(@QueryParam("subject") String subject, @QueryParam("personRef") String personRef,
                                       @QueryParam("from") String from, @QueryParam("to") String to,
                                       @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                       @QueryParam("size") @DefaultValue("100") @Min(1) @Max(1000) int size) {
        return audit.search(subject, personRef, InstantParam.parse("from", from), InstantParam.parse("to", to), page, size).stream()
                .map(AuditEntryView::of).toList();
    }
}
