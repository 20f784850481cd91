package id.go.wna.dashboard;

import id.go.wna.contracts.presence.PersonArrived;
import id.go.wna.contracts.presence.PersonDeparted;
import id.go.wna.contracts.presence.StayPermitEnded;
import id.go.wna.contracts.presence.StayPermitIssued;
import id.go.wna.dashboard.service.PresenceProjection;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/**
 * The presence projection applies a poll's events together (one statement per table); the figures must be exactly
 * those of the same events applied one at a time, including several events of one person in one batch.
 */
@QuarkusTest
class PresenceBatchTest {

    @Inject
    PresenceProjection projection;
    @Inject
    EntityManager em;

    /** Three people over three days: arrivals, a permit, a move, a conversion, a departure and a death. */
    private static List<Object> lives(String nationality) {
        UUID ana = UUID.randomUUID(), budi = UUID.randomUUID(), chen = UUID.randomUUID();
        UUID itas = UUID.randomUUID(), itap = UUID.randomUUID(), itk = UUID.randomUUID();
        Instant day1 = Instant.now().minus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Instant day2 = day1.plus(1, ChronoUnit.DAYS), day3 = day2.plus(1, ChronoUnit.DAYS);
        LocalDate from = LocalDate.now().minusDays(3), until = from.plusYears(1);
        return List.of(
                new PersonArrived(ana, nationality, "F", "25-34", "DPS", "Bali", "VISA_ON_ARRIVAL", day1),
                new PersonArrived(budi, nationality, "M", "35-44", "CGK", "Banten", "VISA_FREE", day1),
                new StayPermitIssued(ana, itas, nationality, "F", "25-34", "ITAS", "IMIGRASI", "Jawa Barat", from, until, day1.plusSeconds(60)),
                new StayPermitIssued(chen, itk, nationality, "M", "45-54", "ITK", "IMIGRASI", null, from, until, day2),
                new PersonDeparted(budi, nationality, "CGK", "Banten", 2, day2),
                new StayPermitEnded(ana, itas, nationality, "ITAS", "CONVERTED", day2.plusSeconds(30)),
                new StayPermitIssued(ana, itap, nationality, "F", "25-34", "ITAP", "IMIGRASI", "Jawa Barat", from, until, day2.plusSeconds(60)),
                new PersonArrived(budi, nationality, "M", "35-44", "DPS", "Bali", "VISA_ON_ARRIVAL", day3),
                new StayPermitEnded(chen, itk, nationality, "ITK", "DECEASED", day3));
    }

    @Test
    void aBatchOfEventsGivesTheSameFiguresAsTheSameEventsOneAtATime() {
        String together = nationality(), oneByOne = nationality();
        // One transaction, rolled back at the end: these events were never on the topic, so no other test (nor a
        // replay) may see their figures. Each apply reads what the previous one wrote, as separate transactions would.
        QuarkusTransaction.begin();
        try {
            projection.apply(lives(together));
            for (Object event : lives(oneByOne)) {
                projection.apply(List.of(event));
            }
            assertSameFigures(together, oneByOne);
        } finally {
            QuarkusTransaction.rollback();
        }
    }

    private void assertSameFigures(String together, String oneByOne) {

        String cells = "SELECT province || ' ' || permit_type || ' ' || present || ' ' || persons FROM population_cell WHERE nationality = :n";
        assertFalse(figures(cells, oneByOne).isEmpty());
        assertEquals(figures(cells, oneByOne), figures(cells, together));
        String daily = "SELECT day || ' ' || province || ' ' || permit_type || ' ' || delta || ' ' || arrivals || ' ' || departures "
                + "FROM presence_daily WHERE nationality = :n";
        assertEquals(figures(daily, oneByOne), figures(daily, together));
        String persons = "SELECT province || ' ' || permit_type || ' ' || present FROM person_presence WHERE nationality = :n";
        assertEquals(figures(persons, oneByOne), figures(persons, together));
        assertEquals(List.of("2"), figures("SELECT sum(persons)::text FROM population_cell WHERE present AND nationality = :n", together),
                "Ana (ITAP, Jawa Barat) and Budi (back in Bali) are present; Chen died");
    }

    private List<String> figures(String select, String nationality) {
        List<?> rows = em.createNativeQuery(select + " ORDER BY 1").setParameter("n", nationality).getResultList();
        return rows.stream().map(Object::toString).toList();
    }

    /** A code no other test uses, so each test sees only its own rows. */
    private static String nationality() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "Q" + (char) ('A' + r.nextInt(26)) + (char) ('A' + r.nextInt(26));
    }
}
