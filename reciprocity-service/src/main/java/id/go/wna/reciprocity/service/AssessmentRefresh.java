package id.go.wna.reciprocity.service;

import id.go.wna.reciprocity.domain.Period;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Keeps assessments current as facts arrive:
 * <ul>
 *   <li>every {@code wna.reciprocity.refresh.dirty-every} (30 s): the countries marked in {@code dirty_country}, for
 *   the month marked, its quarter and its year, in one transaction with the claim (a failure leaves them marked);</li>
 *   <li>every {@code wna.reciprocity.refresh.all-every} (15 min): every country of this month, last month and this
 *   quarter (UTC), for facts whose projection does not mark countries dirty, and for what one country's facts change
 *   in the others' (the all-country offence-rate median).</li>
 * </ul>
 * Both store a snapshot and publish only when the numbers changed, so an idle refresh writes nothing.
 */
@ApplicationScoped
public class AssessmentRefresh {

    private static final Logger LOG = Logger.getLogger(AssessmentRefresh.class);
    private static final int BATCH = 200;

    private final Assessments assessments;
    private final DirtyCountries dirty;

    public AssessmentRefresh(Assessments assessments, DirtyCountries dirty) {
        this.assessments = assessments;
        this.dirty = dirty;
    }

    @Scheduled(every = "${wna.reciprocity.refresh.dirty-every:30s}", delayed = "10s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void dirtyCountries() {
        try {
            int changed = recomputeDirty();
            if (changed > 0) {
                LOG.infof("recomputed %d assessments of countries whose facts changed", changed);
            }
        } catch (RuntimeException e) {
            LOG.warn("recomputing dirty countries failed; they stay marked for the next run", e);
        }
    }

    /** Recomputes the countries marked dirty; returns how many assessments changed. */
    public int recomputeDirty() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, TreeSet<String>> byPeriod = new TreeMap<>();
            for (DirtyCountries.Mark m : dirty.claim(BATCH)) {
                Period month = Period.parse(m.month());
                for (String p : List.of(month.code(), quarterOf(month), month.code().substring(0, 4))) {
                    byPeriod.computeIfAbsent(p, x -> new TreeSet<>()).add(m.iso3());
                }
            }
            int changed = 0;
            for (Map.Entry<String, TreeSet<String>> e : byPeriod.entrySet()) {
                changed += assessments.recompute(Period.parse(e.getKey()), new ArrayList<>(e.getValue())).changed().size();
            }
            return changed;
        });
    }

    @Scheduled(every = "${wna.reciprocity.refresh.all-every:15m}", delayed = "60s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void currentPeriods() {
        for (Period p : currentPeriods(YearMonth.now(Clock.systemUTC()))) {
            try {
                assessments.recompute(p);
            } catch (RuntimeException e) {
                LOG.warnf(e, "recomputing the assessments of %s failed; the next run retries", p.code());
            }
        }
    }

    /** This month, last month and this quarter. */
    static List<Period> currentPeriods(YearMonth now) {
        Period month = Period.parse(now.toString());
        return List.of(month, month.previous(), Period.parse(quarterOf(month)));
    }

    private static String quarterOf(Period month) {
        return month.start().getYear() + "-Q" + ((month.start().getMonthValue() - 1) / 3 + 1);
    }
}
