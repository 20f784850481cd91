package id.go.wna.infra.test;

import io.restassured.RestAssured;
import io.restassured.specification.RequestSpecification;

/** A rest-assured request made by someone holding one role, with a valid token of the test run. */
public final class Api {

    private Api() {
    }

    public static RequestSpecification as(String role) {
        return RestAssured.given().auth().oauth2(TestTokens.forRole(role));
    }

    /** As {@link #as}, but another person holding that role (its own token subject). */
    public static RequestSpecification as(String role, String subject) {
        return RestAssured.given().auth().oauth2(TestTokens.forSubject(role, subject));
    }

    public static RequestSpecification asMissionOfficerOf(String iso3) {
        return RestAssured.given().auth().oauth2(TestTokens.missionOfficer(iso3));
    }
}
