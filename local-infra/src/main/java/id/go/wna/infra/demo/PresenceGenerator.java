package id.go.wna.infra.demo;

import id.go.wna.infra.demo.DemoReference.Nationality;
import id.go.wna.infra.demo.DemoReference.Province;
import id.go.wna.infra.demo.PresenceRow.Type;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The movements of {@code foreigners} foreign nationals present in Indonesia, generated one foreigner at a time (never
 * a list of them): each arrives and receives a stay permit (ITK for tourists, ITAS for workers, students, families and
 * retirees, ITAP for long-term residents, diplomatic or service permits mostly in Jakarta), and a few percent churn:
 * departures (some after overstaying), permits cancelled, surrendered or converted to ITAP.
 *
 * <p>Deterministic: foreigner {@code i} depends only on the seed, {@code i} and the anchor (the moment the demo data
 * is "as of"), so the same arguments give the same rows, with the same movement ids and document numbers, and a
 * second import of them adds nothing.
 */
public final class PresenceGenerator implements Iterator<PresenceRow> {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Set<String> VISA_FREE = Set.of("MYS", "SGP", "PHL", "THA", "VNM", "BRN", "KHM", "LAO", "MMR", "TLS");
    /** Document numbers of presence foreigners never start with K (the demo's case persons use K). */
    private static final String DOC_LETTERS = "ABCDEFGHJLMNPRSTUVWYZ";

    enum Profile { TOURIST, WORKER, STUDENT, FAMILY, RETIREE, RESIDENT, DIPLOMAT }

    private final long seed;
    private final int foreigners;
    private final Instant anchor;
    private final ArrayDeque<PresenceRow> pending = new ArrayDeque<>();
    private int next;

    /**
     * @param anchor the time the data is as of: every movement happens before it (keep it fixed across runs; a
     *               different anchor gives the same ids different content)
     */
    public PresenceGenerator(long seed, int foreigners, Instant anchor) {
        if (foreigners < 0 || foreigners > 9_999_999) {
            throw new IllegalArgumentException("foreigners must be between 0 and 9,999,999");
        }
        this.seed = seed;
        this.foreigners = foreigners;
        this.anchor = anchor;
    }

    @Override
    public boolean hasNext() {
        while (pending.isEmpty() && next < foreigners) {
            pending.addAll(foreigner(next++));
        }
        return !pending.isEmpty();
    }

    @Override
    public PresenceRow next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return pending.poll();
    }

    /** The rows as an NDJSON body, produced as it is read; {@code rows} counts the lines handed out. */
    public InputStream ndjson(AtomicLong rows) {
        return new InputStream() {
            private byte[] line = new byte[0];
            private int pos;

            private boolean fill() {
                if (pos < line.length) {
                    return true;
                }
                if (!hasNext()) {
                    return false;
                }
                line = (PresenceGenerator.this.next().toNdjson() + "\n").getBytes(StandardCharsets.US_ASCII);
                pos = 0;
                rows.incrementAndGet();
                return true;
            }

            @Override
            public int read() {
                return fill() ? line[pos++] & 0xff : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (len == 0) {
                    return 0;
                }
                int n = 0;
                while (n < len && fill()) {
                    int k = Math.min(len - n, line.length - pos);
                    System.arraycopy(line, pos, b, off + n, k);
                    pos += k;
                    n += k;
                }
                return n == 0 ? -1 : n;
            }
        };
    }

    /** The movements of foreigner {@code i}, oldest first. */
    List<PresenceRow> foreigner(int i) {
        Random r = new Random(mix(mix(seed) + i));
        Nationality nat = DemoReference.NATIONALITY.pick(r);
        Province province = DemoReference.provincesFor(nat.iso3()).pick(r);
        Profile profile = profile(nat, r);
        if (profile == Profile.DIPLOMAT && r.nextDouble() < 0.9) {
            province = DemoReference.province("31");
        }
        String sex = r.nextDouble() < 0.001 ? "X" : r.nextDouble() < maleShare(profile) ? "M" : "F";
        LocalDate anchorDay = LocalDate.ofInstant(anchor, WIB);
        LocalDate birth = anchorDay.minusYears(age(profile, r)).minusDays(r.nextInt(365));
        String state = nat.icao();
        String number = "" + DOC_LETTERS.charAt(r.nextInt(DOC_LETTERS.length())) + DOC_LETTERS.charAt(r.nextInt(DOC_LETTERS.length()))
                + String.format("%07d", i);
        String port = r.nextDouble() < 0.7 ? province.port() : (r.nextDouble() < 0.6 ? "CGK" : "DPS");
        LocalDate birthDate = r.nextDouble() < 0.92 ? birth : null;
        Person p = new Person(i, state, number, nat.iso3(), sex, birthDate, port, province.name());

        List<PresenceRow> rows = new ArrayList<>(6);
        if (profile == Profile.TOURIST) {
            tourist(p, nat, r, rows);
        } else {
            resident(p, profile, r, rows);
        }
        rows.sort(Comparator.comparing(PresenceRow::occurredAt));
        List<PresenceRow> numbered = new ArrayList<>(rows.size());
        for (int k = 0; k < rows.size(); k++) {
            PresenceRow x = rows.get(k);
            numbered.add(new PresenceRow(id("movement", i, k), x.type(), x.occurredAt(), x.documentIssuingState(), x.documentNumber(),
                    x.nationality(), x.sex(), x.birthDate(), x.portCode(), x.province(), x.entryBasis(), x.permitType(),
                    x.permitId(), x.validFrom(), x.validUntil(), x.endReason(), x.overstayDays()));
        }
        return numbered;
    }

    private record Person(int index, String state, String number, String nationality, String sex, LocalDate birthDate,
                          String port, String province) {
    }

    private void tourist(Person p, Nationality nat, Random r, List<PresenceRow> rows) {
        String basis = VISA_FREE.contains(nat.iso3()) ? "VISA_FREE" : r.nextDouble() < 0.65 ? "VISA_ON_ARRIVAL" : "E_VISA";
        int validity = basis.equals("E_VISA") ? 60 : 30;
        boolean overstayer = r.nextDouble() < 0.015;
        int daysAgo = overstayer ? validity + 1 + r.nextInt(40) : r.nextInt(validity);
        Instant arrival = before(anchor, daysAgo, r);
        rows.add(arrival(p, arrival, basis));
        Instant issued = arrival.plus(10 + r.nextInt(30), ChronoUnit.MINUTES);
        LocalDate from = LocalDate.ofInstant(issued, WIB);
        LocalDate until = from.plusDays(validity - 1);
        rows.add(permitIssued(p, issued, "ITK", id("permit", p.index(), 0), from, until));
        if (overstayer && r.nextDouble() < 0.3) {
            LocalDate firstOver = until.plusDays(1);
            long over = ChronoUnit.DAYS.between(firstOver, LocalDate.ofInstant(anchor, WIB));
            if (over > 0) {
                int days = 1 + r.nextInt((int) over);
                Instant left = firstOver.plusDays(days - 1).atTime(10 + r.nextInt(12), r.nextInt(60)).atZone(WIB).toInstant();
                if (left.isBefore(anchor)) {
                    rows.add(departure(p, left, days));
                }
            }
        } else if (!overstayer && r.nextDouble() < 0.04) {
            rows.add(departure(p, between(issued, anchor, r), null));
        }
    }

    private void resident(Person p, Profile profile, Random r, List<PresenceRow> rows) {
        String permit = switch (profile) {
            case RESIDENT -> "ITAP";
            case DIPLOMAT -> r.nextDouble() < 0.7 ? "DIPLOMATIC" : "SERVICE";
            default -> "ITAS";
        };
        int validity = switch (profile) {
            case WORKER, FAMILY -> r.nextBoolean() ? 365 : 730;
            case RESIDENT -> 1825;
            case DIPLOMAT -> 365 * (1 + r.nextInt(3));
            default -> 365;
        };
        String basis = profile == Profile.RESIDENT ? "STAY_PERMIT" : profile == Profile.DIPLOMAT || r.nextDouble() < 0.6 ? "VISA" : "E_VISA";
        Instant issued = before(anchor, r.nextInt((int) (validity * 0.95)), r);
        Instant arrival = issued.minus(Duration.ofHours(2 + r.nextInt(24 * (profile == Profile.RESIDENT ? 30 : 14))));
        rows.add(arrival(p, arrival, basis));
        LocalDate from = LocalDate.ofInstant(issued, WIB);
        UUID permitId = id("permit", p.index(), 0);
        rows.add(permitIssued(p, issued, permit, permitId, from, from.plusDays(validity - 1)));
        double churn = r.nextDouble();
        if (churn < 0.03) {
            Instant left = between(issued, anchor, r);
            rows.add(permitEnded(p, left.minus(Duration.ofHours(3)).isAfter(issued) ? left.minus(Duration.ofHours(3)) : left,
                    permit, permitId, "SURRENDERED"));
            rows.add(departure(p, left.plusSeconds(1), null));
        } else if (churn < 0.045) {
            rows.add(permitEnded(p, between(issued, anchor, r), permit, permitId, "CANCELLED"));
        } else if (churn < 0.075 && (profile == Profile.WORKER || profile == Profile.FAMILY)) {
            Instant converted = between(issued, anchor, r);
            rows.add(permitEnded(p, converted, permit, permitId, "CONVERTED"));
            LocalDate itapFrom = LocalDate.ofInstant(converted, WIB);
            rows.add(permitIssued(p, converted.plusSeconds(1), "ITAP", id("permit", p.index(), 1), itapFrom, itapFrom.plusDays(1824)));
        }
    }

    private PresenceRow arrival(Person p, Instant at, String basis) {
        return new PresenceRow(null, Type.ARRIVAL, at, p.state(), p.number(), p.nationality(), p.sex(), p.birthDate(), p.port(),
                p.province(), basis, null, null, null, null, null, null);
    }

    private PresenceRow departure(Person p, Instant at, Integer overstayDays) {
        return new PresenceRow(null, Type.DEPARTURE, at, p.state(), p.number(), p.nationality(), p.sex(), p.birthDate(), p.port(),
                p.province(), null, null, null, null, null, null, overstayDays);
    }

    private PresenceRow permitIssued(Person p, Instant at, String type, UUID permitId, LocalDate from, LocalDate until) {
        return new PresenceRow(null, Type.PERMIT_ISSUED, at, p.state(), p.number(), p.nationality(), p.sex(), p.birthDate(), null,
                p.province(), null, type, permitId, from, until, null, null);
    }

    private PresenceRow permitEnded(Person p, Instant at, String type, UUID permitId, String reason) {
        return new PresenceRow(null, Type.PERMIT_ENDED, at, p.state(), p.number(), p.nationality(), p.sex(), p.birthDate(), null,
                p.province(), null, type, permitId, null, null, reason, null);
    }

    private UUID id(String what, int i, int k) {
        return UUID.nameUUIDFromBytes(("wna-demo/" + seed + "/" + what + "/" + i + "/" + k).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * SplitMix64's finaliser: seeds of neighbouring foreigners (or cases) become unrelated ({@link Random}'s first values
     * from consecutive seeds are strongly correlated).
     */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A moment {@code daysAgo} whole days before {@code t}, at a random time of that day (always before t). */
    private static Instant before(Instant t, int daysAgo, Random r) {
        return t.minusSeconds(daysAgo * 86_400L + 3_600 + r.nextInt(82_000));
    }

    /** A moment strictly between a and b (a if they are too close). */
    private static Instant between(Instant a, Instant b, Random r) {
        long span = Duration.between(a, b).getSeconds();
        return span <= 20 ? a : a.plusSeconds(1 + (long) (r.nextDouble() * (span - 20)));
    }

    private static Profile profile(Nationality n, Random r) {
        double[] w = {
                55 * n.tourists(), 20 * n.workers(), n.iso3().equals("TLS") ? 16 : 4, 11, 4, 10, 1.0};
        double sum = 0;
        for (double x : w) {
            sum += x;
        }
        double x = r.nextDouble() * sum;
        for (int k = 0; k < w.length; k++) {
            x -= w[k];
            if (x < 0) {
                return Profile.values()[k];
            }
        }
        return Profile.DIPLOMAT;
    }

    private static double maleShare(Profile p) {
        return switch (p) {
            case WORKER -> 0.8;
            case FAMILY -> 0.35;
            case DIPLOMAT -> 0.65;
            default -> 0.52;
        };
    }

    private static int age(Profile p, Random r) {
        return switch (p) {
            case TOURIST -> 18 + r.nextInt(53);
            case WORKER -> 23 + r.nextInt(38);
            case STUDENT -> 18 + r.nextInt(13);
            case FAMILY -> r.nextDouble() < 0.3 ? 3 + r.nextInt(15) : 20 + r.nextInt(45);
            case RETIREE -> 55 + r.nextInt(26);
            case RESIDENT -> 30 + r.nextInt(46);
            case DIPLOMAT -> 28 + r.nextInt(35);
        };
    }
}
