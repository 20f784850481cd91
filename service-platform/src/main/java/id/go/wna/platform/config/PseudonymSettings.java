package id.go.wna.platform.config;

import io.smallrye.config.ConfigMapping;

import java.util.Optional;

/** {@code wna.pseudonym.*}: the per-deployment key of the pseudonymous person references on shared topics. */
@ConfigMapping(prefix = "wna.pseudonym")
public interface PseudonymSettings {

    /**
     * The HMAC secret of person references: at least 32 characters (WNA_PSEUDONYM_SECRET). Optional here because only
     * a service that derives references needs it; {@code PersonRefs} refuses to start without it.
     */
    Optional<String> secret();
}
