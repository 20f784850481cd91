package id.go.wna.cases.service;

import id.go.wna.cases.domain.CustodyEpisode;

import java.time.Instant;
import java.util.List;

/** A foreign national deprived of liberty: the consular trigger. Charges and the interpreter need go to the post. */
public record StartCustody(CustodyEpisode.CustodyType custodyType, CustodyEpisode.FacilityType facilityType, String facilityCode,
                           String facilityName, String facilityAddress, String province, String arrestingAuthority,
                           String arrestPlace, Instant startedAt, Instant identifiedForeignAt, List<Charge> charges,
                           boolean interpreterNeeded) {

    /** A statute and article invoked. */
    public record Charge(String statute, String article, String description) {
    }
}
