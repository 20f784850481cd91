package id.go.wna.reciprocity.service;

import id.go.wna.platform.refusal.BrokenRule;
import id.go.wna.platform.refusal.ExpectedVersion;
import id.go.wna.platform.refusal.Refusal;
import id.go.wna.reciprocity.domain.OutboundCounts;
import id.go.wna.reciprocity.domain.OutboundReport;
import id.go.wna.reciprocity.domain.OutboundReportVersion;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import org.hibernate.Session;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Outbound reports (facts on Indonesians in a country, per month and source): submitted one at a time or imported
 * from CSV. One report per country, month and source; a second one replaces the first only when the caller says which
 * version it replaces (If-Match), or, in an import, when asked to ({@code replace=true}). Every version is kept.
 */
@ApplicationScoped
public class OutboundReports {

    /** The most rows one CSV import may hold. */
    public static final int MAX_IMPORT_ROWS = 10_000;

    private final EntityManager em;

    private final DirtyCountries dirty;

    public OutboundReports(EntityManager em, DirtyCountries dirty) {
        this.dirty = dirty;
        this.em = em;
    }

    public record Saved(OutboundReport report, boolean created) {
    }

    /** One data line of an import: the report it gives, or the rules that keep it from being one (e.g. a count not a number). */
    public record ImportRow(long line, OutboundReportInput input, List<BrokenRule> errors) {
    }

    /** A rejected row of an import. */
    public record ImportError(long line, String field, String message) {
    }

    /** What an import did: rows read, reports created and replaced, rows identical to the stored report, rows rejected. */
    public record ImportResult(int rows, int created, int replaced, int unchanged, int rejected, List<ImportError> errors) {
    }

    /**
     * Stores a report. New for its country, month and source: created (an If-Match is then a 412). Already there:
     * without If-Match a 409 naming the report and its version; with the current version's ETag it is replaced; with
     * an older one a 412. A rule broken is a 422 naming every offending field, and nothing is stored.
     */
    @Transactional
    public Saved submit(OutboundReportInput submitted, ExpectedVersion expected, String by) {
        OutboundReportInput in = submitted.normalised();
        List<BrokenRule> errors = in.check();
        if (!errors.isEmpty()) {
            throw Refusal.rulesBroken(errors);
        }
        boolean hasIfMatch = expected.named();
        OutboundReport existing = byKey(in.country(), in.month(), in.source());
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (existing == null) {
            if (hasIfMatch) {
                throw Refusal.nothingToReplace("there is no report for " + describe(in) + " to replace; send the first one without If-Match",
                        new BrokenRule("If-Match", "no report for " + describe(in)));
            }
            return new Saved(create(in, by, OutboundReport.Via.API, now), true);
        }
        if (!hasIfMatch) {
            throw Refusal.conflict("a report for " + describe(in) + " already exists (id " + existing.id + ", version \""
                    + existing.version + "\"); to replace it, send this report again with If-Match: \"" + existing.version
                    + "\" (its ETag, from GET /api/v1/outbound-reports/" + existing.id + ")");
        }
        expected.check(existing.version, "outbound report", existing.id);
        replace(existing, in, by, OutboundReport.Via.API, now);
        em.flush(); // the new version, for the ETag
        return new Saved(existing, false);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public OutboundReport find(UUID id) {
        OutboundReport r = em.find(OutboundReport.class, id);
        if (r == null) {
            throw Refusal.notFound("outbound report", id);
        }
        return r;
    }

    /** Every version of a report, oldest first. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboundReportVersion> history(UUID id) {
        return em.createQuery("FROM OutboundReportVersion WHERE reportId = ?1 ORDER BY reportVersion", OutboundReportVersion.class)
                .setParameter(1, id).getResultList();
    }

    /** Reports by country, month, then source; each filter optional, months inclusive. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<OutboundReport> search(String country, String fromMonth, String toMonth, int page, int size) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (country != null) {
            where.add("country = :country");
            params.put("country", country);
        }
        if (fromMonth != null) {
            where.add("month >= :from");
            params.put("from", fromMonth);
        }
        if (toMonth != null) {
            where.add("month <= :to");
            params.put("to", toMonth);
        }
        String jpql = "FROM OutboundReport" + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY country, month, lower(source)";
        TypedQuery<OutboundReport> q = em.createQuery(jpql, OutboundReport.class);
        params.forEach(q::setParameter);
        return q.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    /**
     * Imports the rows of a CSV of reports in one transaction: each row is checked like a submitted report; valid rows are stored,
     * the others reported by line and field. A row for a country, month and source already stored is unchanged when
     * it gives the same counts, replaces the report when {@code replace} is true, and is rejected otherwise; a second
     * row for the same key in the file is rejected.
     */
    @Transactional
    public ImportResult importRows(List<ImportRow> rows, boolean replace, String by) {
        em.unwrap(Session.class).setJdbcBatchSize(200);
        List<ImportError> errors = new ArrayList<>();
        List<Valid> valid = new ArrayList<>();
        Map<String, Long> lineOfKey = new HashMap<>();
        int rejected = 0;
        for (ImportRow row : rows) {
            List<BrokenRule> rowErrors = new ArrayList<>(row.errors());
            OutboundReportInput in = row.input() == null ? null : row.input().normalised();
            if (in != null && rowErrors.isEmpty()) {
                rowErrors.addAll(in.check());
            } else if (in != null) {
                // a count that is not a number: report the other fields' problems too, but not the counts' comparison
                in.check().stream().filter(e -> e.field().equals(OutboundReportInput.COUNTRY) || e.field().equals(OutboundReportInput.MONTH)
                        || e.field().equals(OutboundReportInput.SOURCE)).forEach(rowErrors::add);
            }
            if (rowErrors.isEmpty()) {
                Long first = lineOfKey.putIfAbsent(key(in.country(), in.month(), in.source()), row.line());
                if (first != null) {
                    rowErrors.add(new BrokenRule(OutboundReportInput.SOURCE, "line " + first + " already reports " + describe(in)
                            + ": one report per country, month and source"));
                }
            }
            if (rowErrors.isEmpty()) {
                valid.add(new Valid(row.line(), in));
            } else {
                rejected++;
                rowErrors.forEach(e -> errors.add(new ImportError(row.line(), e.field(), e.message())));
            }
        }
        Map<String, OutboundReport> existing = existing(valid);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        int created = 0, replaced = 0, unchanged = 0;
        for (Valid v : valid) {
            OutboundReportInput in = v.input();
            OutboundReport r = existing.get(key(in.country(), in.month(), in.source()));
            if (r == null) {
                create(in, by, OutboundReport.Via.CSV, now);
                created++;
            } else if (r.counts.facts().equals(in.counts()) && r.source.equals(in.source())) {
                unchanged++;
            } else if (replace) {
                replace(r, in, by, OutboundReport.Via.CSV, now);
                replaced++;
            } else {
                rejected++;
                errors.add(new ImportError(v.line(), OutboundReportInput.SOURCE, "a report for " + describe(in) + " already exists (id "
                        + r.id + ", version \"" + r.version + "\") with other counts; import again with replace=true to replace it"));
            }
        }
        em.flush();
        errors.sort((a, b) -> Long.compare(a.line(), b.line()));
        return new ImportResult(rows.size(), created, replaced, unchanged, rejected, errors);
    }

    private record Valid(long line, OutboundReportInput input) {
    }

    /** The stored reports the rows may collide with, by key. */
    private Map<String, OutboundReport> existing(List<Valid> valid) {
        Map<String, OutboundReport> byKey = new HashMap<>();
        if (valid.isEmpty()) {
            return byKey;
        }
        Set<String> countries = new LinkedHashSet<>();
        Set<String> months = new LinkedHashSet<>();
        valid.forEach(v -> {
            countries.add(v.input().country());
            months.add(v.input().month());
        });
        em.createQuery("FROM OutboundReport WHERE country IN :countries AND month IN :months", OutboundReport.class)
                .setParameter("countries", countries).setParameter("months", months).getResultList()
                .forEach(r -> byKey.put(key(r.country, r.month, r.source), r));
        return byKey;
    }

    private OutboundReport byKey(String country, String month, String source) {
        return em.createQuery("FROM OutboundReport WHERE country = ?1 AND month = ?2 AND lower(source) = lower(?3)", OutboundReport.class)
                .setParameter(1, country).setParameter(2, month).setParameter(3, source)
                .getResultStream().findFirst().orElse(null);
    }

    private OutboundReport create(OutboundReportInput in, String by, OutboundReport.Via via, Instant now) {
        OutboundReport r = new OutboundReport();
        r.id = UUID.randomUUID();
        r.country = in.country();
        r.month = in.month();
        r.source = in.source();
        r.counts = OutboundCounts.of(in.counts());
        r.createdAt = now;
        r.createdBy = by;
        r.updatedAt = now;
        r.updatedBy = by;
        r.updatedVia = via;
        em.persist(r);
        em.persist(OutboundReportVersion.of(r, 0, OutboundReportVersion.Action.CREATED));
        dirty.mark(r.country, r.month);
        return r;
    }

    private void replace(OutboundReport r, OutboundReportInput in, String by, OutboundReport.Via via, Instant now) {
        long next = r.version + 1; // what @Version makes of it at the flush: the row is always dirty (updatedAt)
        r.source = in.source();
        r.counts = OutboundCounts.of(in.counts());
        r.updatedAt = now;
        r.updatedBy = by;
        r.updatedVia = via;
        em.persist(OutboundReportVersion.of(r, next, OutboundReportVersion.Action.REPLACED));
        dirty.mark(r.country, r.month);
    }

    private static String key(String country, String month, String source) {
        return country + "|" + month + "|" + source.toLowerCase(Locale.ROOT);
    }

    private static String describe(OutboundReportInput in) {
        return in.country() + " " + in.month() + " from '" + in.source() + "'";
    }
}
