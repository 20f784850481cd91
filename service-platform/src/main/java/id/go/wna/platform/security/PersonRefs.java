package id.go.wna.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.Locale;

/**
 * The person reference on shared topics: an HMAC-SHA256 of the travel document (issuing state and number) keyed by a
 * per-deployment secret. The same document always gives the same reference, so events about one person line up, but
 * without the secret nobody can derive it from a passport number or turn it back into one.
 */
@ApplicationScoped
public class PersonRefs {

    private final SecretKeySpec key;

    public PersonRefs(@ConfigProperty(name = "wna.pseudonym.secret") String secret) {
        if (secret == null || secret.strip().length() < 32) {
            throw new IllegalStateException("wna.pseudonym.secret must hold at least 32 characters of secret (WNA_PSEUDONYM_SECRET)");
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The first 122 bits of the HMAC as a UUID (version 8, "custom"), the type {@code personRef} has on every topic. */
    public UUID of(String issuingState, String documentNumber) {
        String canonical = normalise(issuingState) + ":" + normalise(documentNumber);
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            ByteBuffer digest = ByteBuffer.wrap(mac.doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
            long high = (digest.getLong() & ~0xF000L) | 0x8000L;                       // version 8
            long low = (digest.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // IETF variant
            return new UUID(high, low);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String s) {
        return Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC).replaceAll("[\\s<-]", "").toUpperCase(Locale.ROOT);
    }
}
