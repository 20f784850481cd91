package id.go.wna.notification.api;

import id.go.wna.notification.domain.AccessRequest;
import id.go.wna.notification.domain.ConsularNotice;
import id.go.wna.notification.domain.DeadlineAlert;
import id.go.wna.notification.domain.FollowUp;
import id.go.wna.notification.domain.NotificationRegime;
import id.go.wna.notification.domain.Obligation;
import id.go.wna.notification.domain.ObligationClocks;
import id.go.wna.notification.domain.RightsAdvisement;
import id.go.wna.notification.service.ObligationPeople;
import id.go.wna.platform.reference.Provinces;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

@Schema(description = "A consular obligation: its regime decision with the reasons, its clocks (times in UTC and in the "
        + "province's zone: WIB, WITA, WIT), the advisements, notices, follow-ups and alerts, and the figures derived from "
        + "them (never typed in).")
public record ObligationView(UUID id, UUID caseId, UUID custodyId, UUID personRef, String nationality,
                             List<String> nationalities, String trigger, String legalBasis, String status,
                             Instant triggeredAt, String triggeredAtLocal, Instant openedAt, ProvinceView province,
                             RegimeView regime, List<ClockView> clocks, Derived derived,
                             @Schema(description = "Identity from Imigrasi's notice; absent in lists. Reading it is audited.")
                             ObligationPeople.Identity person,
                             List<AdvisementView> advisements, List<NoticeView> notices, List<FollowUpView> followUps,
                             List<AlertView> alerts,
                             @Schema(description = "The consular visits conducted (VCCR Art. 36(1)(c)), earliest first; "
                                     + "absent in lists") List<VisitView> visits,
                             long version) {

    public record ProvinceView(String code, String name, String zone) {
    }

    public record RegimeView(String regime, List<String> reasons, String explanation, String postCode, Instant determinedAt,
                             boolean notifyWithoutRequest, Instant requestedAt, String overrideReason, String overrideBy,
                             Instant overrideAt) {
    }

    @Schema(description = "One deadline. clock: ADVISEMENT, NOTIFICATION, NATIONALITY (an unspecified nationality, XXX, to be "
            + "established), ACKNOWLEDGEMENT, ACCESS. state: NOT_DUE (no deadline applies yet), RUNNING, WARNING, BREACHED, MET, "
            + "MET_LATE; for ACCESS, a service target and not a legal deadline (docs/domain.md): TARGET_MISSED instead of "
            + "BREACHED, and PAUSED while a visit is scheduled at the post's chosen time.")
    public record ClockView(String clock, UUID subjectId, Instant warningAt, Instant dueAt, String dueAtLocal, Instant metAt,
                            String state) {
    }

    @Schema(description = "Figures derived from the events: minutes from the trigger to the advisement and to the first "
            + "notice, the post's response time, whole days in custody (to the end of custody, or to now), the escalation "
            + "level (0 none, 1 a warning: the officer, 2 a breach: the supervisor); from the conducted consular visits: "
            + "the last one, how many, and whole days from the start of custody to the first (absent in lists).")
    public record Derived(Long advisementDelayMinutes, Long notificationDelayMinutes, Long acknowledgementMinutes,
                          Long daysInCustody, Instant custodyEndedAt, String custodyEndReason, int escalationLevel,
                          Instant lastVisitAt, Integer visitsConducted, Long daysToFirstVisit) {
    }

    @Schema(description = "A consular visit or call that took place: a CONDUCTED access request.")
    public record VisitView(UUID accessRequestId, String mode, String requestedBy, String postCode, Instant conductedAt,
                            String conductedAtLocal, Integer durationMinutes, String visitors, Long daysSinceCustodyStart) {
    }

    public record AdvisementView(UUID id, Instant advisedAt, String answer, String language, boolean interpreterUsed,
                                 String interpreterName, boolean opposesConsularAccess, String advisedBy, long delayMinutes,
                                 boolean late, String notes) {
        static AdvisementView of(RightsAdvisement a) {
            return new AdvisementView(a.id, a.advisedAt, a.answer.name(), a.language, a.interpreterUsed, a.interpreterName,
                    a.opposesConsularAccess, a.advisedBy, a.delayMinutes, a.late, a.notes);
        }
    }

    public record NoticeView(UUID id, String kind, String basis, String channel, String postCode, String referenceNumber,
                             Instant sentAt, String sentAtLocal, Instant dueAt, boolean late, long delayMinutes,
                             UUID followUpId, String deliveryStatus, Instant deliveryUpdatedAt, String deliveryDetail,
                             Instant acknowledgementChaseAt, Instant acknowledgedAt, String acknowledgementChannel,
                             String acknowledgedBy) {
        static NoticeView of(ConsularNotice n, Provinces.Province p) {
            return new NoticeView(n.id, n.kind.name(), n.basis.name(), n.channel.name(), n.postCode, n.referenceNumber,
                    n.sentAt, local(n.sentAt, p), n.dueAt, n.late, n.delayMinutes, n.followUpId, n.deliveryStatus.name(),
                    n.deliveryUpdatedAt, n.deliveryDetail, n.acknowledgementChaseAt, n.acknowledgedAt,
                    n.acknowledgementChannel == null ? null : n.acknowledgementChannel.name(), n.acknowledgedBy);
        }
    }

    public record FollowUpView(UUID id, String stage, Instant occurredAt, Instant scheduledAt, Instant dueAt,
                               String dueAtLocal, UUID noticeId) {
    }

    public record AlertView(String clock, String level, Instant dueAt, Instant raisedAt) {
    }

    /** Everything the obligation's page shows. */
    public record Parts(List<RightsAdvisement> advisements, List<ConsularNotice> notices, List<FollowUp> followUps,
                        List<DeadlineAlert> alerts, ObligationPeople.Identity person, List<AccessRequest> accessRequests) {
    }

    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static Provinces.Province provinceOf(Obligation o) {
        return Provinces.find(o.provinceCode).orElse(null);
    }

    /** "2026-11-29 14:05 WITA": the time as officers and the post read it. */
    static String local(Instant t, Provinces.Province p) {
        if (t == null) {
            return null;
        }
        return p == null ? LOCAL.format(t.atZone(Provinces.WIB)) + " WIB"
                : LOCAL.format(t.atZone(p.zone())) + " " + p.zoneAbbreviation();
    }

    /** A row of a list: no identity, no sub-records. */
    public static ObligationView summary(Obligation o, Instant now) {
        return of(o, null, now);
    }

    public static ObligationView of(Obligation o, Parts parts, Instant now) {
        Provinces.Province p = provinceOf(o);
        List<ClockView> clocks = new ArrayList<>();
        Derived derived;
        List<AdvisementView> advisements = null;
        List<NoticeView> notices = null;
        List<FollowUpView> followUps = null;
        List<AlertView> alerts = null;
        List<VisitView> visits = null;
        Long daysInCustody = o.custodyStartedAt == null ? null
                : Duration.between(o.custodyStartedAt, o.custodyEndedAt != null ? o.custodyEndedAt : now).toDays();
        if (parts == null) {
            clocks.add(clock("ADVISEMENT", o.id, o.advisementWarningAt, o.advisementDueAt, null, p, now));
            clocks.add(clock(notificationClock(o), o.id, o.notificationWarningAt, o.notificationDueAt, null, p, now));
            derived = new Derived(null, null, null, daysInCustody, o.custodyEndedAt, o.custodyEndReason, o.escalationLevel,
                    null, null, null);
        } else {
            RightsAdvisement firstAdvice = parts.advisements().isEmpty() ? null : parts.advisements().get(0);
            ConsularNotice first = parts.notices().stream().filter(n -> n.followUpId == null
                    && n.kind != ConsularNotice.Kind.CORRECTION).findFirst().orElse(null);
            clocks.add(clock("ADVISEMENT", o.id, o.advisementWarningAt, o.advisementDueAt,
                    firstAdvice == null ? null : firstAdvice.advisedAt, p, now));
            clocks.add(clock(notificationClock(o), o.id, o.notificationWarningAt, o.notificationDueAt,
                    first == null ? null : first.sentAt, p, now));
            for (FollowUp f : parts.followUps()) {
                ConsularNotice told = parts.notices().stream().filter(n -> f.id.equals(n.followUpId)).findFirst().orElse(null);
                clocks.add(clock("NOTIFICATION", f.id, f.warningAt, f.dueAt, told == null ? null : told.sentAt, p, now));
            }
            for (ConsularNotice n : parts.notices()) {
                clocks.add(clock("ACKNOWLEDGEMENT", n.id, null, n.acknowledgementChaseAt, n.acknowledgedAt, p, now));
            }
            for (AccessRequest r : parts.accessRequests()) {
                ClockView access = AccessRequestView.clockOf(r, p, now);
                if (access != null) {
                    clocks.add(access);
                }
            }
            visits = parts.accessRequests().stream().filter(r -> r.conductedAt != null)
                    .sorted(java.util.Comparator.comparing((AccessRequest r) -> r.conductedAt))
                    .map(r -> new VisitView(r.id, r.mode.name(), r.requestedBy.name(), r.postCode, r.conductedAt,
                            local(r.conductedAt, p), r.durationMinutes, r.visitors,
                            o.custodyStartedAt == null ? null : Math.max(0, Duration.between(o.custodyStartedAt, r.conductedAt).toDays())))
                    .toList();
            derived = new Derived(firstAdvice == null ? null : firstAdvice.delayMinutes, first == null ? null : first.delayMinutes,
                    first == null || first.acknowledgedAt == null ? null : ObligationClocks.minutesBetween(first.sentAt, first.acknowledgedAt),
                    daysInCustody, o.custodyEndedAt, o.custodyEndReason, o.escalationLevel,
                    visits.isEmpty() ? null : visits.get(visits.size() - 1).conductedAt(), visits.size(),
                    visits.isEmpty() ? null : visits.get(0).daysSinceCustodyStart());
            advisements = parts.advisements().stream().map(AdvisementView::of).toList();
            notices = parts.notices().stream().map(n -> NoticeView.of(n, p)).toList();
            followUps = parts.followUps().stream().map(f -> new FollowUpView(f.id, f.stage, f.occurredAt, f.scheduledAt,
                    f.dueAt, local(f.dueAt, p), f.noticeId)).toList();
            alerts = parts.alerts().stream().map(a -> new AlertView(a.clock, a.level, a.dueAt, a.raisedAt))
                    .toList();
        }
        return new ObligationView(o.id, o.caseId, o.custodyId, o.personRef, o.nationality, o.nationalityList(),
                o.trigger.name(), o.legalBasis, o.status().name(), o.triggeredAt, local(o.triggeredAt, p), o.openedAt,
                p == null ? null : new ProvinceView(p.code(), p.name(), p.zoneAbbreviation()),
                new RegimeView(o.regime.name(), o.reasonList(), o.regimeExplanation, o.postCode, o.regimeDeterminedAt,
                        o.notifyWithoutRequest, o.requestedAt, o.overrideReason, o.overrideBy, o.overrideAt),
                clocks, derived, parts == null ? null : parts.person(), advisements, notices, followUps, alerts, visits,
                o.version);
    }

    /** While the nationality is unknown the notification deadlines are those of establishing it. */
    private static String notificationClock(Obligation o) {
        return o.regime == NotificationRegime.PENDING ? "NATIONALITY" : "NOTIFICATION";
    }

    private static ClockView clock(String name, UUID subject, Instant warningAt, Instant dueAt, Instant metAt,
                                   Provinces.Province p, Instant now) {
        return new ClockView(name, subject, warningAt, dueAt, local(dueAt, p), metAt,
                ObligationClocks.state(warningAt, dueAt, metAt, now).name());
    }
}
