package id.go.wna.platform.refusal;

/** A rule an input breaks, named by the field that breaks it (a request's field, an import's column). */
public record BrokenRule(String field, String message) {
}
