package id.go.wna.cases.domain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/** A foreign ship wrecked or a foreign-registered aircraft crashed in Indonesia (VCCR Art. 37(c)). */
@Entity
@Table(name = "wreck_or_crash")
public class WreckOrCrash extends PanacheEntityBase {

    public enum CraftType { SHIP, AIRCRAFT }

    @Id
    public UUID id;
    @Column(name = "case_id", nullable = false)
    public UUID caseId;
    @Enumerated(EnumType.STRING)
    @Column(name = "craft_type", nullable = false)
    public CraftType craftType;
    @Column(name = "flag_state", nullable = false, columnDefinition = "bpchar")
    public String flagState;
    @Column(nullable = false)
    public String craft;
    public String registration;
    @Column(name = "occurred_at", nullable = false)
    public Instant occurredAt;
    @Column(nullable = false)
    public String place;
    @Column(name = "province_code", nullable = false, columnDefinition = "bpchar")
    public String provinceCode;
    @Column(nullable = false)
    public String province;
    @Column(name = "persons_on_board")
    public Integer personsOnBoard;
    public Integer dead;
    public Integer missing;
    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;
    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
