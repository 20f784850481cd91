package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.service.CaseTimeline;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.UUID;

@Schema(description = "One thing that happened to a case: from its own records or from Kemlu's consular events")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TimelineEntry(
        @Schema(description = "When it happened (UTC)") Instant at,
        @Schema(example = "CUSTODY_STARTED", description = "CASE_REPORTED, STATUS_CHANGED, CUSTODY_STARTED, CUSTODY_TRANSFERRED, "
                + "CUSTODY_ENDED, CUSTODY_FOLLOW_UP_ISSUED, OFFENCE_RECORDED, ADMINISTRATIVE_ACTION_TAKEN, DEPORTATION_DECIDED, DEPORTATION_COMPLETED, "
                + "DEATH_RECORDED, GUARDIANSHIP_NEED_RECORDED, WRECK_OR_CRASH_RECORDED, CONSULAR_OBLIGATION_OPENED, "
                + "CONSULAR_NOTICE_SENT, CONSULAR_NOTICE_ACKNOWLEDGED, CONSULAR_VISIT_CONDUCTED, CONSULAR_DEADLINE_BREACHED")
        String type,
        @Schema(example = "Custody started: IMMIGRATION_DETENTION at Rudenim Denpasar") String summary,
        @Schema(description = "The record behind it (custody, offence, action, notice...), if any") UUID ref,
        @Schema(example = "CASE_SERVICE", description = "CASE_SERVICE (Imigrasi's records) or KEMLU (its consular events)") String source) {

    static TimelineEntry of(CaseTimeline.Entry e) {
        return new TimelineEntry(e.at(), e.type(), e.summary(), e.ref(), e.source());
    }
}
