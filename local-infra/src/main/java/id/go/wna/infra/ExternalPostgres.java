package id.go.wna.infra;

import java.net.URI;
import java.util.Optional;

/**
 * A PostgreSQL server the user already runs, given as {@code WNA_PG_URL}
 * ({@code postgresql://user:password@host:port/admin_db} or the {@code jdbc:} form with user and password parameters).
 * Nothing is started or stopped; only the services' databases are created in it.
 */
final class ExternalPostgres implements PostgresServer {

    private final String host;
    private final int port;
    private final String user;
    private final String password;
    private final String adminDatabase;

    private ExternalPostgres(String host, int port, String user, String password, String adminDatabase) {
        this.host = host;
        this.port = port;
        this.user = user;
        this.password = password;
        this.adminDatabase = adminDatabase;
    }

    static Optional<PostgresServer> fromUrl(String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI uri = URI.create(url.startsWith("jdbc:") ? url.substring(5) : url);
        if (!"postgresql".equals(uri.getScheme()) && !"postgres".equals(uri.getScheme())) {
            throw new InfrastructureException("WNA_PG_URL must start with postgresql:// or jdbc:postgresql://, got " + url);
        }
        String user = "postgres";
        String password = null;
        if (uri.getUserInfo() != null) {
            String[] parts = uri.getUserInfo().split(":", 2);
            user = parts[0];
            password = parts.length > 1 ? parts[1] : null;
        }
        if (uri.getQuery() != null) {
            for (String pair : uri.getQuery().split("&")) {
                String[] kv = pair.split("=", 2);
                if (kv.length == 2 && kv[0].equals("user")) user = kv[1];
                if (kv.length == 2 && kv[0].equals("password")) password = kv[1];
            }
        }
        user = Optional.ofNullable(System.getenv("WNA_PG_USER")).orElse(user);
        password = Optional.ofNullable(System.getenv("WNA_PG_PASSWORD")).orElse(password);
        String path = uri.getPath() == null || uri.getPath().length() <= 1 ? "postgres" : uri.getPath().substring(1);
        return Optional.of(new ExternalPostgres(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), user, password, path));
    }

    @Override
    public String description() {
        return "existing server from WNA_PG_URL at " + host + ":" + port;
    }

    @Override public String host() { return host; }
    @Override public int port() { return port; }
    @Override public String user() { return user; }
    @Override public String password() { return password; }
    @Override public String adminDatabase() { return adminDatabase; }

    @Override
    public void close() {
        // Not ours to stop.
    }
}
