package id.go.wna.cases.service;

import id.go.wna.cases.domain.WreckOrCrash;

import java.time.Instant;

/** A foreign ship wrecked or aground, or a foreign-registered aircraft crashed (VCCR Art. 37(c)). */
public record RecordWreckOrCrash(WreckOrCrash.CraftType craftType, String craft, String registration, Instant occurredAt,
                                 String place, String province, Integer personsOnBoard, Integer dead, Integer missing) {
}
