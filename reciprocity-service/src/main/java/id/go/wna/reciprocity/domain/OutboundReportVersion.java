package id.go.wna.reciprocity.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** One version of an outbound report as it was written: who, when, how, and what it said. Never changed. */
@Entity
@Table(name = "outbound_report_history")
public class OutboundReportVersion extends PanacheEntityBase {

    public enum Action { CREATED, REPLACED }

    @Id
    public UUID id;

    @Column(name = "report_id", nullable = false)
    public UUID reportId;

    /** The report's version (its ETag) this row records. */
    @Column(name = "version", nullable = false)
    public long reportVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public Action action;

    @Column(name = "changed_at", nullable = false)
    public Instant at;

    @Column(name = "by_subject", nullable = false, length = 200)
    public String bySubject;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    public OutboundReport.Via via;

    @Column(nullable = false, length = 200)
    public String source;

    /** The counts as this version had them. */
    @Embedded
    public OutboundCounts counts = new OutboundCounts();

    /** The version a report is at, as it now stands. */
    public static OutboundReportVersion of(OutboundReport r, long version, Action action) {
        OutboundReportVersion v = new OutboundReportVersion();
        v.id = UUID.randomUUID();
        v.reportId = r.id;
        v.reportVersion = version;
        v.action = action;
        v.at = r.updatedAt;
        v.bySubject = r.updatedBy;
        v.via = r.updatedVia;
        v.source = r.source;
        v.counts = OutboundCounts.of(r.counts.facts());
        return v;
    }

}
