package id.go.wna.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The record component may be absent or {@code null} in the JSON payload. Every component without this annotation is
 * required and never {@code null}. New components added to an existing event type must carry it (the contract
 * evolves by adding optional fields only).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface OptionalField {
}
