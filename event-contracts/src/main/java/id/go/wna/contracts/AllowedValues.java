package id.go.wna.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The values a {@code String} component (or the elements of a {@code List<String>} component) may take; rendered as a
 * JSON Schema {@code enum}. Adding a value is a compatible change only for readers that tolerate unknown values, so
 * readers should treat an unexpected value as "other", not fail.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface AllowedValues {

    /** The permitted values, in the order they are documented. */
    String[] value();
}
