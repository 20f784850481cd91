package id.go.wna.notification.domain;

/**
 * What an obligation's change tells the consular events topic, as {@link ObligationLifecycle} returns it. It names the
 * stored obligation (and notice), never a request: the caller records it once the change is complete, and what the
 * event states is read from them then.
 */
public sealed interface ObligationEvent {

    Obligation obligation();

    /** A new obligation; always recorded with its first {@link RegimeDetermined}. */
    record Opened(Obligation obligation) implements ObligationEvent {
    }

    /** The regime and deadlines decided (again). */
    record RegimeDetermined(Obligation obligation) implements ObligationEvent {
    }

    /** A notice went to the post. */
    record NoticeSent(Obligation obligation, ConsularNotice notice) implements ObligationEvent {
    }

    /** The post acknowledged a notice. */
    record NoticeAcknowledged(Obligation obligation, ConsularNotice notice) implements ObligationEvent {
    }
}
