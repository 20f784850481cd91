package id.go.wna.dashboard;

import id.go.wna.infra.test.TestTokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Latency of {@code GET /api/v1/summary} over HTTP with 10,000 and then 1,000,000 foreigners present (prints
 * p50/p95/p99/max; asserts only that the answers are right, never a time). The presence projection is filled
 * directly with SQL, consistently: per-person rows, their cells and the daily rows of their arrivals over a year.
 * Skipped unless asked:
 * {@code ./mvnw -o -pl dashboard-service verify -Dtest=SummaryLatencyBenchmark -Dwna.benchmark=true -Dsurefire.failIfNoSpecifiedTests=false}
 */
@QuarkusTest
class SummaryLatencyBenchmark {

    private static final int WARM_UP = 1_000, CALLS = 2_000;
    /** Sixty nationalities, 38 provinces, seven permit types: about 8,000 cells, and a year of daily rows. */
    private static final String NATIONALITIES = "ARRAY['AUS','CHN','JPN','KOR','USA','GBR','DEU','FRA','NLD','IND','MYS',"
            + "'SGP','THA','PHL','VNM','RUS','ITA','ESP','CAN','NZL','BRA','ARG','MEX','ZAF','EGY','SAU','ARE','TUR','PAK',"
            + "'BGD','LKA','NPL','MMR','KHM','LAO','TWN','HKG','CHE','AUT','BEL','SWE','DNK','POL','CZE','HUN','ROU','UKR',"
            + "'ISR','IRN','IRQ','NGA','KEN','ETH','GHA','MAR','TUN','CHL','COL','PER','PRT']";
    private static final String PROVINCES = "ARRAY['Aceh','Sumatera Utara','Sumatera Barat','Riau','Jambi','Sumatera Selatan',"
            + "'Bengkulu','Lampung','Kepulauan Bangka Belitung','Kepulauan Riau','DKI Jakarta','Jawa Barat','Jawa Tengah',"
            + "'DI Yogyakarta','Jawa Timur','Banten','Bali','Nusa Tenggara Barat','Nusa Tenggara Timur','Kalimantan Barat',"
            + "'Kalimantan Tengah','Kalimantan Selatan','Kalimantan Timur','Kalimantan Utara','Sulawesi Utara','Sulawesi Tengah',"
            + "'Sulawesi Selatan','Sulawesi Tenggara','Gorontalo','Sulawesi Barat','Maluku','Maluku Utara','Papua Barat',"
            + "'Papua Barat Daya','Papua','Papua Selatan','Papua Tengah','Papua Pegunungan']";
    private static final String PERMITS = "ARRAY['NONE','ITK','ITAS','ITAP','DIPLOMATIC','SERVICE','EPO']";

    @TestHTTPResource("/api/v1/summary")
    URI summary;
    @Inject
    AgroalDataSource dataSource;

    @Test
    void summaryLatencyAtTenThousandAndAMillionPresent() throws Exception {
        Assumptions.assumeTrue(Boolean.getBoolean("wna.benchmark"), "a benchmark: run with -Dwna.benchmark=true");
        HttpClient client = HttpClient.newHttpClient();
        String token = TestTokens.forRole("joint-analyst");
        boolean warm = false;
        StringBuilder report = new StringBuilder("\nGET /api/v1/summary latency (ms, over HTTP, " + CALLS + " calls each)\n");
        for (int persons : new int[]{10_000, 1_000_000}) {
            long fill = fill(persons);
            long present = Long.parseLong(call(client, token, "").replaceAll("(?s).*\"foreignersPresent\":(\\d+).*", "$1"));
            assertTrue(present >= persons, "the summary counts the generated persons");
            report.append(String.format(Locale.ROOT, "%,d present (filled in %.1f s):%n", persons, fill / 1e9));
            if (!warm) {
                // The JIT and the connection pool first: otherwise the first measured series pays for them.
                for (int i = 0; i < 3 * WARM_UP; i++) {
                    call(client, token, i % 2 == 0 ? "" : "?nationality=AUS");
                }
                warm = true;
            }
            for (String query : new String[]{"", "?nationality=AUS"}) {
                for (int i = 0; i < WARM_UP; i++) {
                    call(client, token, query);
                }
                long[] nanos = new long[CALLS];
                for (int i = 0; i < CALLS; i++) {
                    long start = System.nanoTime();
                    call(client, token, query);
                    nanos[i] = System.nanoTime() - start;
                }
                Arrays.sort(nanos);
                report.append(String.format(Locale.ROOT, "  %-20s p50 %6.2f  p95 %6.2f  p99 %6.2f  max %7.2f%n",
                        query.isEmpty() ? "(no filter)" : query, ms(nanos, 0.50), ms(nanos, 0.95), ms(nanos, 0.99),
                        nanos[nanos.length - 1] / 1e6));
            }
        }
        System.out.println(report);
    }

    private static double ms(long[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)] / 1e6;
    }

    private String call(HttpClient client, String token, String query) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(summary + query))
                .header("Authorization", "Bearer " + token).header("Accept", "application/json").GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return r.body();
    }

    /** Replaces the presence projection with {@code persons} present people, arrived over the last 365 days. */
    private long fill(int persons) throws Exception {
        long start = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                s.execute("TRUNCATE person_presence, population_cell, presence_daily, presence_daily_total");
            }
            try (PreparedStatement p = c.prepareStatement("""
                    INSERT INTO person_presence (person_ref, nationality, province, arrival_province, permit_province,
                        permit_type, permit_id, present, updated_at)
                    SELECT gen_random_uuid(), n, pr, pr, NULL, pt, NULL, true, now() - make_interval(days => i %% 365)
                    FROM (SELECT i, (%s)[1 + i %% 60] AS n, (%s)[1 + (i * 7) %% 38] AS pr, (%s)[1 + (i * 13) %% 7] AS pt
                          FROM generate_series(1, ?) i) g""".formatted(NATIONALITIES, PROVINCES, PERMITS))) {
                p.setInt(1, persons);
                p.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("""
                        INSERT INTO population_cell (nationality, province, permit_type, present, persons)
                        SELECT nationality, province, permit_type, present, COUNT(*) FROM person_presence
                        GROUP BY nationality, province, permit_type, present""");
                s.execute("""
                        INSERT INTO presence_daily (day, nationality, province, permit_type, delta, arrivals, departures)
                        SELECT (updated_at AT TIME ZONE 'Asia/Jakarta')::date, nationality, province, permit_type, COUNT(*), COUNT(*), 0
                        FROM person_presence GROUP BY 1, 2, 3, 4""");
                s.execute("""
                        INSERT INTO presence_daily_total (day, delta, arrivals, departures)
                        SELECT day, SUM(delta), SUM(arrivals), 0 FROM presence_daily GROUP BY day""");
                // What autovacuum would have done by the time anyone looks at a table this size.
                s.execute("VACUUM ANALYZE person_presence, population_cell, presence_daily, presence_daily_total");
            }
        }
        return System.nanoTime() - start;
    }
}
