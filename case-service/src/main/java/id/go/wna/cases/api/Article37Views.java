package id.go.wna.cases.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.go.wna.cases.domain.DeathRecord;
import id.go.wna.cases.domain.GuardianshipNeed;
import id.go.wna.cases.domain.WreckOrCrash;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** What the Art. 37 endpoints answer: the record, without the health and family details that only Kemlu receives. */
public final class Article37Views {

    private Article37Views() {
    }

    @Schema(name = "DeathRecord")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Death(UUID id, UUID caseId, LocalDate diedOn, Instant diedAt, String placeOfDeath, String provinceCode,
                        String province, DeathRecord.CauseCategory causeCategory, boolean inCustody, UUID custodyId,
                        Instant recordedAt) {
        static Death of(DeathRecord d) {
            return new Death(d.id, d.caseId, d.diedOn, d.diedAt, d.placeOfDeath, d.provinceCode, d.province, d.causeCategory,
                    d.custodyId != null, d.custodyId, d.recordedAt);
        }
    }

    @Schema(name = "GuardianshipNeed")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Guardianship(UUID id, UUID caseId, GuardianshipNeed.Reason reason, String currentCare, String provinceCode,
                               String province, Instant identifiedAt, Instant recordedAt) {
        static Guardianship of(GuardianshipNeed g) {
            return new Guardianship(g.id, g.caseId, g.reason, g.currentCare, g.provinceCode, g.province, g.identifiedAt, g.recordedAt);
        }
    }

    @Schema(name = "WreckOrCrash")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Wreck(UUID id, UUID caseId, WreckOrCrash.CraftType craftType, String flagState, String craft, String registration,
                        Instant occurredAt, String place, String provinceCode, String province, Integer personsOnBoard,
                        Integer dead, Integer missing, Instant recordedAt) {
        static Wreck of(WreckOrCrash w) {
            return new Wreck(w.id, w.caseId, w.craftType, w.flagState, w.craft, w.registration, w.occurredAt, w.place,
                    w.provinceCode, w.province, w.personsOnBoard, w.dead, w.missing, w.recordedAt);
        }
    }
}
