package id.go.wna.notification.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ReceivedNotice;
import id.go.wna.platform.security.AuditLog;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The identity behind an obligation, read from Imigrasi's restricted notice. Every read by a user is written to the
 * audit log (UU 27/2022): who, which obligation, which person, why.
 */
@ApplicationScoped
public class ObligationPeople {

    private final ObjectMapper json;
    private final AuditLog audit;

    public ObligationPeople(ObjectMapper json, AuditLog audit) {
        this.json = json;
        this.audit = audit;
    }

    /** Who the obligation is about, as the officer handling it needs it. */
    public record Identity(String surname, String givenNames, String mrzName, String sex, String birthDate,
                           String documentType, String documentNumber, String placeOfDetention) {
    }

    /** The latest notice's payload, or null for an obligation without one. */
    public JsonNode noticeOf(Obligation o) {
        if (o.receivedNoticeId == null) {
            return null;
        }
        ReceivedNotice r = ReceivedNotice.findById(o.receivedNoticeId);
        try {
            return r == null ? null : json.readTree(r.payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("received notice " + r.id + " is not JSON", e);
        }
    }

    public Identity identityOf(Obligation o) {
        JsonNode n = noticeOf(o);
        if (n == null || !n.has("person")) {
            return null;
        }
        audit.read("consular obligation", o.id.toString(), o.personRef == null ? null : o.personRef.toString());
        JsonNode p = n.path("person");
        JsonNode d = n.path("travelDocument");
        JsonNode place = n.path("placeOfDetention");
        return new Identity(text(p, "surname"), text(p, "givenNames"), text(p, "mrzName"), text(p, "sex"),
                text(p, "birthDate"), text(d, "type"), text(d, "number"), text(place, "name"));
    }

    static String text(JsonNode node, String field) {
        JsonNode v = node == null ? null : node.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }
}
