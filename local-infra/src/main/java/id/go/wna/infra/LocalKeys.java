package id.go.wna.infra;

import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.lang.JoseException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * The keys of a local deployment, made on first use and never committed: an RSA key pair that signs and verifies the
 * bearer tokens of {@code ./wna token} and the tests, the secret that keys the person pseudonyms on shared topics, and
 * the password of each service's PostgreSQL role ({@link #databasePassword}) and the Kafka principals' passwords
 * ({@link #kafkaPassword}). Production uses its OIDC provider's keys (JWKS) and secrets from its vault instead.
 */
public final class LocalKeys {

    public static final String ISSUER = "https://wna.local/issuer";
    public static final String AUDIENCE = "wna";

    private final Path dir;

    private LocalKeys(Path dir) {
        this.dir = dir;
    }

    /** The keys in {@code dir}, created there if missing. */
    public static LocalKeys in(Path dir) {
        LocalKeys keys = new LocalKeys(dir);
        keys.ensure();
        return keys;
    }

    public Path publicKey() {
        return dir.resolve("jwt-public.pem");
    }

    public Path privateKey() {
        return dir.resolve("jwt-private.pem");
    }

    public Path pseudonymSecret() {
        return dir.resolve("pseudonym.secret");
    }

    /**
     * The password of PostgreSQL role {@code role} in this installation, made on first use and kept in
     * {@code postgres-<role>.password}: every installation has its own, and the launcher sets it on the role again at
     * each start.
     */
    public synchronized String databasePassword(String role) {
        if (!role.matches("[a-z][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain role name: " + role);
        }
        Path file = dir.resolve("postgres-" + role + ".password");
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[24];
                new SecureRandom().nextBytes(secret);
                writeSecret(file, HexFormat.of().formatHex(secret));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("password of " + role + " could not be kept in " + dir, e);
        }
    }

    /**
     * The Kafka password of {@code principal} in this deployment ({@code admin}, {@code controller} or a service),
     * made on first use: 32 random bytes, URL-safe Base64 (nothing a JAAS line would have to escape).
     */
    public synchronized String kafkaPassword(String principal) {
        if (!principal.matches("[a-z0-9][a-z0-9.-]*")) {
            throw new IllegalArgumentException("not a principal name: " + principal);
        }
        Path file = dir.resolve("kafka-" + principal + ".password");
        try {
            if (!Files.exists(file)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                writeSecret(file, Base64.getUrlEncoder().withoutPadding().encodeToString(secret));
            }
            return Files.readString(file).strip();
        } catch (IOException e) {
            throw new UncheckedIOException("Kafka password could not be kept in " + dir, e);
        }
    }

    /** The folder the keys are kept in. */
    public Path dir() {
        return dir;
    }

    private synchronized void ensure() {
        try {
            Files.createDirectories(dir);
            if (!Files.exists(privateKey()) || !Files.exists(publicKey())) {
                KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
                generator.initialize(2048);
                KeyPair pair = generator.generateKeyPair();
                writeSecret(privateKey(), pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
                Files.writeString(publicKey(), pem("PUBLIC KEY", pair.getPublic().getEncoded()));
            }
            if (!Files.exists(pseudonymSecret())) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                writeSecret(pseudonymSecret(), HexFormat.of().formatHex(secret));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("keys could not be written to " + dir, e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void writeSecret(Path file, String content) throws IOException {
        Files.writeString(file, content);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** What a token says about its holder. */
    public record TokenRequest(String subject, List<String> roles, String country, Duration ttl, String issuer) {

        public static TokenRequest forRole(String role) {
            return new TokenRequest("local-" + role, List.of(role), null, Duration.ofHours(8), ISSUER);
        }

        public TokenRequest country(String iso3) {
            return new TokenRequest(subject, roles, iso3, ttl, issuer);
        }

        public TokenRequest ttl(Duration value) {
            return new TokenRequest(subject, roles, country, value, issuer);
        }

        public TokenRequest subject(String value) {
            return new TokenRequest(value, roles, country, ttl, issuer);
        }

        public TokenRequest issuer(String value) {
            return new TokenRequest(subject, roles, country, ttl, value);
        }
    }

    /** A signed RS256 token; a negative ttl gives a token that has already expired. */
    public String mint(TokenRequest request) {
        try {
            JwtClaims claims = new JwtClaims();
            claims.setIssuer(request.issuer());
            claims.setAudience(AUDIENCE);
            claims.setSubject(request.subject());
            claims.setClaim("upn", request.subject());
            claims.setStringListClaim("groups", request.roles());
            if (request.country() != null) {
                claims.setClaim("country", request.country());
            }
            long now = System.currentTimeMillis() / 1000;
            claims.setIssuedAt(NumericDate.fromSeconds(Math.min(now, now + request.ttl().toSeconds() - 60)));
            claims.setExpirationTime(NumericDate.fromSeconds(now + request.ttl().toSeconds()));
            claims.setJwtId(UUID.randomUUID().toString());
            JsonWebSignature jws = new JsonWebSignature();
            jws.setPayload(claims.toJson());
            jws.setKey(readPrivateKey());
            jws.setKeyIdHeaderValue("wna-local");
            jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
            return jws.getCompactSerialization();
        } catch (JoseException e) {
            throw new IllegalStateException("token could not be signed: " + e.getMessage(), e);
        }
    }

    private PrivateKey readPrivateKey() {
        try {
            String pem = Files.readString(privateKey()).replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("unreadable private key " + privateKey(), e);
        }
    }
}
