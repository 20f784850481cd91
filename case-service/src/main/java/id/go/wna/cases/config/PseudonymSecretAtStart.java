package id.go.wna.cases.config;

import id.go.wna.platform.security.PersonRefs;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * case-service derives every person reference from {@code wna.pseudonym.secret}: without a usable secret it must not
 * start (an operator sees it at boot, not at the first arrest). The secret is optional in the platform's mapping
 * because the other services never derive a reference.
 */
@ApplicationScoped
public class PseudonymSecretAtStart {

    void check(@Observes StartupEvent start, PersonRefs refs) {
        refs.of("XXX", "startup-check"); // builds the bean: a missing or short secret stops the start here
    }
}
