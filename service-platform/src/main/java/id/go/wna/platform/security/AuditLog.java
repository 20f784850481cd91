package id.go.wna.platform.security;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Records every read of identifiable personal data: who (subject, roles), what, which person, when, why (purpose),
 * in which request. Append-only: the table refuses updates and deletes (a trigger), and nothing here offers them.
 */
@ApplicationScoped
public class AuditLog {

    @Entity
    @Table(name = "audit_log")
    public static class Entry extends PanacheEntityBase {
        @Id
        public UUID id;
        @Column(name = "read_at", nullable = false, updatable = false)
        public Instant readAt;
        @Column(nullable = false, updatable = false)
        public String subject;
        @Column(nullable = false, updatable = false)
        public String roles;
        @Column(nullable = false, updatable = false)
        public String what;
        @Column(updatable = false)
        public String resource;
        @Column(name = "person_ref", updatable = false)
        public String personRef;
        @Column(updatable = false)
        public String purpose;
        @Column(name = "request_id", nullable = false, updatable = false)
        public String requestId;
        @Column(updatable = false)
        public String path;
    }

    private final Caller caller;

    public AuditLog(Caller caller) {
        this.caller = caller;
    }

    /** Writes the audit row in its own transaction, so it stays even if the caller's transaction rolls back. */
    public void read(String what, String resource, String personRef) {
        write(what, resource, personRef);
    }

    /** An operator's action that changes what the service does (e.g. skipping a record), audited like a read. */
    public void action(String what, String resource) {
        write(what, resource, null);
    }

    private void write(String what, String resource, String personRef) {
        Entry e = new Entry();
        e.id = UUID.randomUUID();
        e.readAt = Instant.now();
        e.subject = caller.subject();
        e.roles = caller.roles();
        e.what = what;
        e.resource = resource;
        e.personRef = personRef;
        e.purpose = caller.purpose();
        e.requestId = caller.requestId();
        e.path = caller.path();
        QuarkusTransaction.requiringNew().run(e::persist);
    }

    public List<Entry> search(String subject, String personRef, Instant from, Instant to, int page, int size) {
        List<String> where = new ArrayList<>();
        Parameters p = new Parameters();
        if (subject != null) { where.add("subject = :subject"); p.and("subject", subject); }
        if (personRef != null) { where.add("personRef = :personRef"); p.and("personRef", personRef); }
        if (from != null) { where.add("readAt >= :from"); p.and("from", from); }
        if (to != null) { where.add("readAt < :to"); p.and("to", to); }
        Sort newest = Sort.descending("readAt");
        return QuarkusTransaction.requiringNew().call(() -> (where.isEmpty() ? Entry.<Entry>findAll(newest)
                : Entry.<Entry>find(String.join(" and ", where), newest, p)).page(Page.of(page, size)).list());
    }
}
