package id.go.wna.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/** Who is calling, for what purpose, in which request: what access rules and the audit log need to know. */
@RequestScoped
public class Caller {

    private final SecurityIdentity identity;
    private final JsonWebToken token;
    private final Instance<HttpServerRequest> request;
    private String requestId;

    public Caller(SecurityIdentity identity, JsonWebToken token, Instance<HttpServerRequest> request) {
        this.identity = identity;
        this.token = token;
        this.request = request;
    }

    public String subject() {
        return identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public String roles() {
        return String.join(",", identity.getRoles().stream().sorted().toList());
    }

    /**
     * The country a mission officer represents, when the caller acts only as a mission officer. A caller who also holds
     * a ministry role is not narrowed. A mission-officer token without a valid {@code country} claim sees nothing.
     */
    public Optional<String> missionCountry() {
        if (!identity.hasRole(Roles.MISSION_OFFICER) || identity.hasRole(Roles.IMIGRASI_OFFICER)
                || identity.hasRole(Roles.KEMLU_CONSULAR) || identity.hasRole(Roles.KEMLU_SUPERVISOR)) {
            return Optional.empty();
        }
        Object claim = token.getClaim(Roles.COUNTRY_CLAIM);
        String country = claim == null ? "" : claim.toString().replace("\"", "").trim().toUpperCase(Locale.ROOT);
        return Optional.of(country.matches("[A-Z]{3}") ? country : "---");
    }

    /** True when the caller may see only pseudonymous views (partner agencies). */
    public boolean pseudonymousOnly() {
        return identity.hasRole(Roles.PARTNER_AGENCY) && !identity.hasRole(Roles.IMIGRASI_OFFICER)
                && !identity.hasRole(Roles.KEMLU_CONSULAR) && !identity.hasRole(Roles.KEMLU_SUPERVISOR)
                && !identity.hasRole(Roles.MISSION_OFFICER);
    }

    /** Why the caller reads identifiable data: the {@code X-Purpose} header or the {@code purpose} query parameter. */
    public String purpose() {
        if (!request.isResolvable()) {
            return null;
        }
        HttpServerRequest r = request.get();
        String purpose = Optional.ofNullable(r.getHeader("X-Purpose")).orElse(r.getParam("purpose"));
        return purpose == null || purpose.isBlank() ? null : purpose.strip().substring(0, Math.min(500, purpose.strip().length()));
    }

    /** The caller's {@code X-Request-Id}, or one made for this request. */
    public String requestId() {
        if (requestId == null) {
            String given = request.isResolvable() ? request.get().getHeader("X-Request-Id") : null;
            requestId = given != null && given.matches("[A-Za-z0-9._:-]{1,100}") ? given : UUID.randomUUID().toString();
        }
        return requestId;
    }

    public String path() {
        return request.isResolvable() ? request.get().path() : null;
    }
}
