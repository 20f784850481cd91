package id.go.wna.contracts;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Builds a plausible instance of any payload record, and serialises it as the services' ObjectMapper does. */
final class SampleEvents {

    /** Configured like Quarkus' default ObjectMapper: java.time as ISO-8601 strings, unknown properties ignored. */
    static final ObjectMapper JSON = new ObjectMapper()
            .registerModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private SampleEvents() {
    }

    /**
     * An instance with every component set.
     *
     * @param withOptionals false: every {@link OptionalField} component is null
     */
    static <R extends Record> R sample(Class<R> type, boolean withOptionals) {
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            boolean optional = components[i].isAnnotationPresent(OptionalField.class);
            args[i] = optional && !withOptionals ? null : value(components[i], components[i].getType(), withOptionals);
        }
        try {
            Constructor<R> constructor = type.getDeclaredConstructor(types);
            return constructor.newInstance(args);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type.getName(), e);
        }
    }

    static String json(Object payload) {
        try {
            return JSON.writeValueAsString(payload);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Object value(RecordComponent component, Class<?> type, boolean withOptionals) {
        AllowedValues allowed = component.getAnnotation(AllowedValues.class);
        String name = component.getName();
        if (String.class.equals(type)) {
            if (allowed != null) {
                return allowed.value()[allowed.value().length - 1];
            }
            String lower = name.toLowerCase();
            if (lower.contains("nationalit") || lower.contains("iso3") || lower.contains("country")
                    || lower.contains("state")) {
                return "AUS";
            }
            return "sample " + name;
        } else if (UUID.class.equals(type)) {
            return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
        } else if (Instant.class.equals(type)) {
            return Instant.parse("2025-03-01T02:15:30.123456789Z");
        } else if (LocalDate.class.equals(type)) {
            return LocalDate.of(2025, 3, 1);
        } else if (type == int.class || Integer.class.equals(type)) {
            return 3;
        } else if (type == long.class || Long.class.equals(type)) {
            return 90L;
        } else if (type == double.class || Double.class.equals(type)) {
            return 0.25;
        } else if (BigDecimal.class.equals(type)) {
            return new BigDecimal("0.25");
        } else if (type == boolean.class || Boolean.class.equals(type)) {
            return true;
        } else if (List.class.equals(type)) {
            Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            if (element.isRecord()) {
                return List.of(sample((Class<? extends Record>) element, withOptionals));
            }
            return List.of(value(component, element, withOptionals));
        } else if (type.isRecord()) {
            return sample((Class<? extends Record>) type, withOptionals);
        }
        throw new IllegalArgumentException("no sample for " + type + " of " + name);
    }
}
