package id.go.wna.notification.api;

import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.letter.LetterFacts;
import id.go.wna.notification.letter.NotificationLetter;
import id.go.wna.notification.service.LetterAssembler;
import id.go.wna.notification.service.ObligationService;
import id.go.wna.platform.api.ProblemException;
import id.go.wna.platform.security.AuditLog;
import id.go.wna.platform.security.Roles;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.UUID;

@Path("/api/v1/obligations/{id}/letter")
@Tag(name = "Consular obligations")
public class LetterResource {

    static final String PDF = "application/pdf";
    static final String HTML = "text/html";

    private final ObligationService obligations;
    private final LetterAssembler letters;
    private final NotificationLetter letter;
    private final AuditLog audit;

    public LetterResource(ObligationService obligations, LetterAssembler letters, NotificationLetter letter, AuditLog audit) {
        this.obligations = obligations;
        this.letters = letters;
        this.letter = letter;
        this.audit = audit;
    }

    @GET
    @Produces({HTML, PDF})
    @RolesAllowed({Roles.KEMLU_CONSULAR, Roles.KEMLU_SUPERVISOR, Roles.MISSION_OFFICER})
    @Transactional(Transactional.TxType.SUPPORTS)
    @Operation(summary = "The notification letter to the post, printable", description = "A diplomatic note in Indonesian "
            + "(lang=id) or English (lang=en), as HTML or PDF (Accept header, or format=html|pdf for a link). It carries the "
            + "facts consular notification requires (docs/domain.md): post, reference, time in the province's zone, names as printed and as in the MRZ, "
            + "document, stay permit, arrest, authority, place of detention, charges, basis (requested or mandatory), the "
            + "person's opposition to consular action, language and interpreter, contact officer; for a death, guardianship, "
            + "wreck or follow-up, their facts. Without noticeId: the latest notice, or a DRAFT of the first one before it "
            + "is sent. Reading it is audited.")
    @APIResponse(responseCode = "200", content = {@Content(mediaType = HTML), @Content(mediaType = PDF)})
    @APIResponse(responseCode = "404", description = "Unknown obligation or notice, or not visible to the caller")
    public Response letter(@PathParam("id") UUID id,
                           @QueryParam("lang") @DefaultValue("id") @Parameter(description = "id or en") String lang,
                           @QueryParam("noticeId") UUID noticeId,
                           @QueryParam("format") @Parameter(description = "html or pdf; overrides the Accept header") String format,
                           @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (!lang.equals("id") && !lang.equals("en")) {
            throw ProblemException.invalidField("lang", "must be id or en");
        }
        boolean pdf;
        if (format != null) {
            if (!format.equals("html") && !format.equals("pdf")) {
                throw ProblemException.invalidField("format", "must be html or pdf");
            }
            pdf = format.equals("pdf");
        } else {
            pdf = accept != null && accept.contains(PDF) && !accept.contains(HTML);
        }
        Obligation o = obligations.getVisible(id);
        ConsularNotice notice = noticeId != null ? obligations.noticeOf(o, noticeId)
                : ConsularNotice.<ConsularNotice>find("obligationId", Sort.descending("sentAt"), o.id).firstResult();
        if (notice == null && obligations.isMissionOfficer()) { // a post reads the letters it received, never a draft
            throw ProblemException.notFound("notice of obligation", id);
        }
        LetterFacts facts = letters.assemble(o, notice);
        audit.read("consular notification letter", o.id + (notice == null ? "/draft" : "/" + notice.id),
                o.personRef == null ? null : o.personRef.toString());
        String name = "notice-" + (notice == null ? "draft" : notice.referenceNumber.replaceAll("[^A-Za-z0-9-]", "_")) + "-" + lang;
        return pdf
                ? Response.ok(letter.pdf(facts, lang), PDF)
                        .header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build()
                : Response.ok(letter.html(facts, lang), HTML + ";charset=UTF-8").build();
    }
}
