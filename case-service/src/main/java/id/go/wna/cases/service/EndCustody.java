package id.go.wna.cases.service;

import id.go.wna.cases.domain.CustodyEpisode;

import java.time.Instant;

/** Custody ended: release, deportation, death, ... */
public record EndCustody(CustodyEpisode.EndReason reason, Instant endedAt) {
}
