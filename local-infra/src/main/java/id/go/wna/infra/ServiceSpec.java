package id.go.wna.infra;

import java.util.List;

/**
 * One of the four services as the launcher knows it: its module, database, default port and port variable; its
 * PostgreSQL login role is {@link #role()}.
 */
public record ServiceSpec(String name, String database, int defaultPort, String portVariable) {

    public static final List<ServiceSpec> ALL = List.of(
            new ServiceSpec("case-service", "case_db", 8081, "WNA_CASE_PORT"),
            new ServiceSpec("notification-service", "notification_db", 8082, "WNA_NOTIFICATION_PORT"),
            new ServiceSpec("reciprocity-service", "reciprocity_db", 8083, "WNA_RECIPROCITY_PORT"),
            new ServiceSpec("dashboard-service", "dashboard_db", 8084, "WNA_DASHBOARD_PORT"));

    /** The PostgreSQL role the service logs in with, the owner of its database: {@code case-service} is {@code case_service}. */
    public String role() {
        return name.replace('-', '_');
    }

    public static ServiceSpec named(String name) {
        return ALL.stream().filter(s -> s.name.equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service " + name));
    }
}
