package id.go.wna.cases.service;

import id.go.wna.cases.domain.CustodyEpisode;
import id.go.wna.cases.domain.CustodyFollowUp;

import java.time.Instant;

/**
 * A later stage of a custody only officers know of (illness, hospital, a stage of a death-penalty case) that the post
 * must be told; {@code newPlaceOfDetention} where the person is held now, for illness or hospital only.
 */
public record RecordFollowUp(CustodyFollowUp.Stage stage, Instant occurredAt, String court, Instant scheduledAt, String details,
                             Place newPlaceOfDetention) {

    /** Where the person is held now. */
    public record Place(CustodyEpisode.FacilityType facilityType, String facilityCode, String name, String address, String province) {
    }
}
