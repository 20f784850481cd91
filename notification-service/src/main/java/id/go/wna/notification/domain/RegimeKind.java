package id.go.wna.notification.domain;

/**
 * Whether a detained national's post is notified only if they ask (VCCR Art. 36(1)(b), the default) or always, by a
 * bilateral arrangement, even if the detainee objects.
 */
public enum RegimeKind { MANDATORY, ON_REQUEST }
