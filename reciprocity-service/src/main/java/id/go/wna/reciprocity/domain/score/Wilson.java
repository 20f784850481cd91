package id.go.wna.reciprocity.domain.score;

/**
 * The Wilson score interval (95 %) for a proportion of k successes out of n trials:
 *
 * <pre>
 * p = k / n,  z = 1.959964
 * centre    = (p + z²/2n) / (1 + z²/n)
 * halfWidth = z · √(p(1 − p)/n + z²/4n²) / (1 + z²/n)
 * [centre − halfWidth, centre + halfWidth], clamped to [0, 1]
 * </pre>
 *
 * With n = 0 nothing is known: [0, 1]. Unlike the normal approximation it stays inside [0, 1] and is not zero-wide at
 * k = 0 or k = n.
 */
public final class Wilson {

    public static final double Z95 = 1.959963984540054;

    private Wilson() {
    }

    public static Interval of(long k, long n) {
        if (n < 0 || k < 0 || k > n) {
            throw new IllegalArgumentException("a proportion needs 0 <= k <= n, not k=" + k + ", n=" + n);
        }
        if (n == 0) {
            return new Interval(0.0, 1.0);
        }
        double p = (double) k / n;
        double z2 = Z95 * Z95;
        double denominator = 1 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double half = Z95 * Math.sqrt(p * (1 - p) / n + z2 / (4.0 * n * n)) / denominator;
        double lo = k == 0 ? 0.0 : Math.max(0.0, centre - half);
        double hi = k == n ? 1.0 : Math.min(1.0, centre + half);
        return new Interval(lo, hi);
    }

    /** A closed interval [low, high]. */
    public record Interval(double low, double high) {
    }
}
