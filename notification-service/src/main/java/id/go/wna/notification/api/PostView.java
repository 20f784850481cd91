package id.go.wna.notification.api;

import id.go.wna.notification.domain.Post;
import id.go.wna.notification.domain.PostType;
import id.go.wna.notification.service.PostDirectory;
import id.go.wna.platform.reference.Provinces;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.util.List;

@Schema(description = "A foreign post in the directory, with its consular district")
public record PostView(
        @Schema(example = "AUS-CG-DPS") String code,
        @Schema(example = "AUS") String country,
        @Schema(example = "Australia") String countryName,
        PostType type,
        @Schema(example = "Australian Consulate-General Bali") String name,
        String city, String address, String email, String fax, String phone,
        @Schema(description = "Set for a post accredited from abroad: the country it sits in") String accreditedFrom,
        boolean active,
        @Schema(description = "Provinces of the consular district, by code; empty for an embassy covering the rest of Indonesia")
        List<ProvinceView> district,
        Instant updatedAt, String updatedBy,
        @Schema(description = "Also the ETag") long version) {

    public record ProvinceView(@Schema(example = "51") String code, @Schema(example = "Bali") String name) {
        static ProvinceView of(String code) {
            return new ProvinceView(code, Provinces.find(code).map(Provinces.Province::name).orElse(null));
        }
    }

    public static PostView of(Post p) {
        return new PostView(p.code, p.country, PostDirectory.countryName(p.country), p.type, p.name, p.city, p.address, p.email,
                p.fax, p.phone, p.accreditedFrom, p.active, p.district.stream().sorted().map(ProvinceView::of).toList(),
                p.updatedAt, p.updatedBy, p.version);
    }
}
