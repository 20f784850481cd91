package id.go.wna.cases;

import id.go.wna.platform.reference.Provinces;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import static id.go.wna.infra.test.Api.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * BPS and Kemendagri number the Papua provinces differently: a bare code is BPS, a Kemendagri code counts only when the
 * input says so. One row per input.
 */
@QuarkusTest
class ProvinceSchemesTest {

    record Input(String rule, String typed, String bps, String name, String kemendagri) {
        @Override
        public String toString() {
            return rule;
        }
    }

    static Stream<Input> inputs() {
        return Stream.of(
                new Input("aBareCodeIsBps", "94", "94", "Papua", "91"),
                new Input("aBpsPrefixIsBps", "bps:94", "94", "Papua", "91"),
                new Input("aKemendagriCodeCountsWhenPrefixed", "kemendagri:94", "96", "Papua Tengah", "94"),
                new Input("kemendagri91IsPapua", "KEMENDAGRI: 91", "94", "Papua", "91"),
                new Input("kemendagri92IsPapuaBarat", "kemendagri:92", "91", "Papua Barat", "92"),
                new Input("kemendagri93IsPapuaSelatan", "kemendagri:93", "95", "Papua Selatan", "93"),
                new Input("kemendagri95IsPapuaPegunungan", "kemendagri:95", "97", "Papua Pegunungan", "95"),
                new Input("kemendagri96IsPapuaBaratDaya", "kemendagri:96", "92", "Papua Barat Daya", "96"),
                new Input("bps97IsPapuaPegunungan", "97", "97", "Papua Pegunungan", "95"),
                new Input("outsidePapuaBothSchemesAgree", "kemendagri:51", "51", "Bali", "51"),
                new Input("aBareKemendagriOnlyCodeIsNotAProvince", "93", null, null, null),
                new Input("anUnknownSchemeIsNotAProvince", "dukcapil:51", null, null, null),
                new Input("aNameNeedsNoScheme", "Papua Tengah", "96", "Papua Tengah", "94"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void aProvinceIsReadInTheSchemeTheInputStates(Input t) {
        Optional<Provinces.Province> p = Provinces.find(t.typed());
        assertEquals(Optional.ofNullable(t.bps()), p.map(Provinces.Province::code), t.typed());
        assertEquals(Optional.ofNullable(t.name()), p.map(Provinces.Province::name), t.typed());
        assertEquals(Optional.ofNullable(t.kemendagri()), p.map(Provinces.Province::kemendagriCode), t.typed());
    }

    @Test
    void aCaseOpenedWithAKemendagriCodeIsKeptUnderBpsAndShowsBoth() {
        as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "CIVIL", "nationality", "AUS", "province", "kemendagri:94"))
                .when().post("/api/v1/cases").then().statusCode(201)
                .body("provinceCode", equalTo("96"))
                .body("provinceKemendagriCode", equalTo("94"))
                .body("province", equalTo("Papua Tengah"));
        as("imigrasi-officer").contentType(ContentType.JSON)
                .body(Map.of("kind", "CIVIL", "nationality", "AUS", "province", "93"))
                .when().post("/api/v1/cases").then().statusCode(422).body("errors.field", hasItem("province"));
        as("partner-agency").when().get("/api/v1/reference/provinces").then().statusCode(200)
                .body("find { it.name == 'Papua Selatan' }.code", equalTo("95"))
                .body("find { it.name == 'Papua Selatan' }.kemendagriCode", equalTo("93"));
    }
}
