package id.go.wna.infra.test;

import id.go.wna.infra.LocalKeys;

import java.time.Duration;

/** Bearer tokens for tests, signed with the test run's own key (see {@link RealInfrastructure#keys()}). */
public final class TestTokens {

    private TestTokens() {
    }

    public static String forRole(String role) {
        return RealInfrastructure.keys().mint(LocalKeys.TokenRequest.forRole(role));
    }

    /** A token of {@code role} for another person than {@link #forRole}'s ({@code sub} = {@code subject}). */
    public static String forSubject(String role, String subject) {
        return RealInfrastructure.keys().mint(LocalKeys.TokenRequest.forRole(role).subject(subject));
    }

    public static String missionOfficer(String iso3) {
        return RealInfrastructure.keys().mint(LocalKeys.TokenRequest.forRole("mission-officer").country(iso3));
    }

    public static String expired(String role) {
        return RealInfrastructure.keys().mint(LocalKeys.TokenRequest.forRole(role).ttl(Duration.ofMinutes(-10)));
    }

    public static String fromAnotherIssuer(String role) {
        return RealInfrastructure.keys().mint(LocalKeys.TokenRequest.forRole(role).issuer("https://impostor.example/issuer"));
    }

    /** A valid token whose payload was changed after signing (the role raised to admin). */
    public static String tampered(String role) {
        String[] parts = forRole(role).split("\\.");
        java.util.Base64.Decoder dec = java.util.Base64.getUrlDecoder();
        java.util.Base64.Encoder enc = java.util.Base64.getUrlEncoder().withoutPadding();
        String payload = new String(dec.decode(parts[1]), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"" + role + "\"", "\"admin\"");
        return parts[0] + "." + enc.encodeToString(payload.getBytes(java.nio.charset.StandardCharsets.UTF_8)) + "." + parts[2];
    }
}
