package id.go.wna.cases.service;

import id.go.wna.cases.domain.CustodyEpisode;

import java.time.Instant;

/** The person in custody was moved to another place. */
public record TransferCustody(CustodyEpisode.FacilityType facilityType, String facilityCode, String facilityName,
                              String facilityAddress, String province, CustodyEpisode.TransferReason reason,
                              Instant transferredAt) {
}
