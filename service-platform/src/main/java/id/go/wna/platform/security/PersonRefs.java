package id.go.wna.platform.security;

import jakarta.inject.Inject;
import id.go.wna.platform.config.PseudonymSettings;
import jakarta.enterprise.context.ApplicationScoped;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.text.Normalizer;
import java.nio.ByteBuffer;
import java.util.UUID;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The person reference on shared topics: an HMAC-SHA256 of the travel document (issuing state and number) keyed by a
 * per-deployment secret. The same document always gives the same reference, so events about one person line up, but
 * without the secret nobody can derive it from a passport number or turn it back into one.
 */
@ApplicationScoped
public class PersonRefs {

    /** What a document number may carry that is not part of it: spaces, MRZ filler, hyphens. */
    private static final Pattern NOT_PART_OF_THE_NUMBER = Pattern.compile("[\\s<-]");

    private final SecretKeySpec key;
    /** A Mac per thread, initialised once: bulk imports derive a reference per row. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    @Inject
    public PersonRefs(PseudonymSettings settings) {
        this(settings.secret().orElse(""));
    }

    public PersonRefs(String secret) {
        if (secret == null || secret.strip().length() < 32) {
            throw new IllegalStateException("wna.pseudonym.secret must hold at least 32 characters of secret (WNA_PSEUDONYM_SECRET)");
        }
        this.key = new SecretKeySpec(secret.strip().getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** The first 122 bits of the HMAC as a UUID (version 8, "custom"), the type {@code personRef} has on every topic. */
    public UUID of(String issuingState, String documentNumber) {
        String canonical = normalise(issuingState) + ":" + normalise(documentNumber);
        ByteBuffer digest = ByteBuffer.wrap(macs.get().doFinal(canonical.getBytes(StandardCharsets.UTF_8)));
        long high = (digest.getLong() & ~0xF000L) | 0x8000L;                       // version 8
        long low = (digest.getLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;  // IETF variant
        return new UUID(high, low);
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normalise(String s) {
        if (s != null && lettersAndDigitsOnly(s)) {
            return s.toUpperCase(Locale.ROOT); // the usual number: NFKC and the filler pattern leave it as it is (bulk speed)
        }
        String nfkc = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKC);
        return NOT_PART_OF_THE_NUMBER.matcher(nfkc).replaceAll("").toUpperCase(Locale.ROOT);
    }

    private static boolean lettersAndDigitsOnly(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }
}
