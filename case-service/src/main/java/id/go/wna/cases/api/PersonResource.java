package id.go.wna.cases.api;

import id.go.wna.cases.domain.Person;
import id.go.wna.cases.service.CaseService;
import id.go.wna.cases.service.PersonService;
import id.go.wna.platform.api.ProblemDetail;
import id.go.wna.platform.security.AuditLog;
import id.go.wna.platform.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import java.util.List;
import java.util.UUID;

@Path("/api/v1/persons")
@Tag(name = "Persons", description = "Foreign nationals: identity, documents, stay permit, vulnerability, immunity")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PersonResource {

    private final PersonService persons;
    private final CaseService cases;
    private final AuditLog audit;

    public PersonResource(PersonService persons, CaseService cases, AuditLog audit) {
        this.persons = persons;
        this.cases = cases;
        this.audit = audit;
    }

    private PersonView view(Person p) {
        return PersonView.of(p, persons.personRef(p));
    }

    @POST
    @RolesAllowed(Roles.IMIGRASI_OFFICER)
    @Operation(summary = "Register a foreign national", description = "With an MRZ, every check digit is verified: a wrong "
            + "one is a 422 naming which (e.g. mrz.birthDateCheckDigit). A document already registered is a 409 naming the person.")
    @APIResponse(responseCode = "201", description = "The person registered", content = @Content(schema = @Schema(implementation = PersonView.class)))
    @APIResponse(responseCode = "409", description = "Document already registered; Location points at the person")
    @APIResponse(responseCode = "422", description = "A rule is broken (check digit, unknown ICAO code...); the field is named")
    public Response register(@NotNull @Valid RegisterPersonRequest request, UriInfo uri) {
        PersonView created = view(persons.register(request.command()));
        return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build()).entity(created).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER})
    @Operation(summary = "One person, with identity (audited; give X-Purpose)",
            description = "A mission officer sees only its own nationals: anyone else is 404.")
    public PersonView get(@PathParam("id") UUID id) {
        Person p = persons.getVisible(id);
        PersonView v = view(p);
        audit.read("person detail", p.id.toString(), v.personRef().toString());
        return v;
    }

    @GET
    @Path("/{id}/cases")
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER})
    @Operation(summary = "A person's cases, newest first", description = "Ties cases to an identified person, so the read is "
            + "audited. A mission officer sees only its own nationals: anyone else is 404.")
    public List<CaseView> casesOf(@PathParam("id") UUID id,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        Person p = persons.getVisible(id);
        audit.read("person's cases", p.id.toString(), persons.personRef(p).toString());
        return cases.search(new CaseService.CaseQuery(null, null, null, null, null, null, p.id, null), page, size).stream()
                .map(CaseView::pseudonymous).toList();
    }

    @GET
    @RolesAllowed({Roles.IMIGRASI_OFFICER, Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER})
    @Operation(summary = "Find persons by name (any part; case and accents ignored), nationality or document number",
            description = "Each person returned is written to the audit log. A mission officer finds only its own nationals.")
    public List<PersonView> search(@QueryParam("name") String name,
                                   @QueryParam("nationality") @Pattern(regexp = "[A-Z]{1,3}", message = "must be an ICAO nationality code") String nationality,
                                   @QueryParam("document") String document,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(200) int size) {
        List<PersonView> found = persons.search(name, nationality, document, page, size).stream().map(this::view).toList();
        found.forEach(v -> audit.read("person search result", v.id().toString(), v.personRef().toString()));
        return found;
    }

    /** A duplicate document answers 409 with the existing person's address. */
    public static class DuplicateDocumentMapper {
        @ServerExceptionMapper
        public Response duplicate(PersonService.DuplicateDocument e, UriInfo uri) {
            return Response.status(409).type(ProblemDetail.MEDIA_TYPE)
                    .location(uri.getBaseUriBuilder().path("api/v1/persons").path(e.existingPerson.toString()).build())
                    .entity(new ProblemDetail(ProblemDetail.TYPE_BASE + "duplicate-document", "Person already registered", 409,
                            e.getMessage(), uri.getPath(), List.of(new ProblemDetail.FieldError(e.rule.field(), e.rule.message()))))
                    .build();
        }
    }
}
