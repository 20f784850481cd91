package id.go.wna.platform.refusal;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Why a service will not do what it was asked, in its own words; the platform's api turns each kind into its
 * problem+json answer (status, type, title: see {@code ProblemException.of}), so nothing below the api speaks HTTP.
 */
public final class Refusal extends RuntimeException {

    public enum Kind {
        /** What was asked breaks a rule of the domain. */
        RULE_BROKEN,
        /** The input cannot be read as what it should be (a header line of an import). */
        MALFORMED,
        NOT_FOUND,
        /** The caller's role may not do this to this record. */
        FORBIDDEN,
        /** The change conflicts with what is stored. */
        CONFLICT,
        /** The state machine forbids the change from the current state. */
        FORBIDDEN_TRANSITION,
        /** The caller wrote against a version that is not (or no longer) the stored one. */
        STALE_VERSION,
        /** An import holds more rows than one import may. */
        TOO_MANY_ROWS
    }

    private final Kind kind;
    private final List<BrokenRule> rules;
    private final List<String> allowed;

    private Refusal(Kind kind, String detail, List<BrokenRule> rules, List<String> allowed) {
        super(detail);
        this.kind = kind;
        this.rules = rules == null ? List.of() : List.copyOf(rules);
        this.allowed = allowed == null ? List.of() : List.copyOf(allowed);
    }

    /** One field breaks a rule: "field: message". */
    public static Refusal ruleBroken(String field, String message) {
        return new Refusal(Kind.RULE_BROKEN, field + ": " + message, List.of(new BrokenRule(field, message)), null);
    }

    /** Several rules broken, every one named: "field: message; field: message". */
    public static Refusal rulesBroken(List<BrokenRule> rules) {
        return new Refusal(Kind.RULE_BROKEN, rules.stream().map(r -> r.field() + ": " + r.message())
                .collect(Collectors.joining("; ")), rules, null);
    }

    public static Refusal malformed(String field, String message) {
        return new Refusal(Kind.MALFORMED, field + ": " + message, List.of(new BrokenRule(field, message)), null);
    }

    public static Refusal malformed(String detail, List<BrokenRule> rules) {
        return new Refusal(Kind.MALFORMED, detail, rules, null);
    }

    public static Refusal notFound(String what, Object id) {
        return new Refusal(Kind.NOT_FOUND, what + " " + id + " does not exist", null, null);
    }

    public static Refusal forbidden(String detail) {
        return new Refusal(Kind.FORBIDDEN, detail, null, null);
    }

    public static Refusal conflict(String detail) {
        return new Refusal(Kind.CONFLICT, detail, null, null);
    }

    public static Refusal forbiddenTransition(String detail, List<String> allowed) {
        return new Refusal(Kind.FORBIDDEN_TRANSITION, detail, null, allowed);
    }

    /** The caller wrote against {@code expected}, but {@code what} {@code id} is at version {@code current}: read again, then decide. */
    public static Refusal staleVersion(String what, Object id, long current, String expected) {
        return new Refusal(Kind.STALE_VERSION, what + " " + id + " is at version \"" + current + "\", not " + expected
                + "; read it again (GET) and retry with its ETag",
                List.of(new BrokenRule(ExpectedVersion.FIELD, "stale version " + expected)), null);
    }

    /** A version was named where there is nothing to replace yet. */
    public static Refusal nothingToReplace(String detail, BrokenRule rule) {
        return new Refusal(Kind.STALE_VERSION, detail, List.of(rule), null);
    }

    public static Refusal tooManyRows(String detail) {
        return new Refusal(Kind.TOO_MANY_ROWS, detail, null, null);
    }

    public Kind kind() {
        return kind;
    }

    public List<BrokenRule> rules() {
        return rules;
    }

    public List<String> allowed() {
        return allowed;
    }
}
