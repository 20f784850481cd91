package id.go.wna.platform.api;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;

import java.io.IOException;
import java.time.Instant;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;

/**
 * The JSON reading of every request body, stricter than Jackson's defaults so that nothing surprising is stored:
 * enums by their names only (not by position, as a number or a numeric string), no duplicate keys, no {@code null}
 * items in arrays, no numbers read as dates or times (nor as text, nor text as numbers or booleans), nothing after
 * the JSON value, and no text PostgreSQL cannot store ({@link StorableText}). Each refusal is a
 * {@link com.fasterxml.jackson.databind.JsonMappingException} with the field's path, which {@link ProblemMappers}
 * answers as a 400 naming it.
 *
 * <p>A copy of the application's mapper, used for the REST layer only (JAX-RS {@link ContextResolver}): event
 * consumers keep their own reading rules.
 */
@Provider
public class RequestJson implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;

    public RequestJson(ObjectMapper application) {
        this.mapper = strict(application.copy());
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
        return mapper;
    }

    @SuppressWarnings("deprecation")
    static ObjectMapper strict(ObjectMapper m) {
        m.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        m.enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS, DeserializationFeature.FAIL_ON_TRAILING_TOKENS,
                DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
        m.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT, DeserializationFeature.READ_ENUMS_USING_TO_STRING,
                DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY, DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS);
        m.configure(MapperFeature.ALLOW_COERCION_OF_SCALARS, false);
        m.configure(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS, false);
        // Scalars only as themselves: 1 is no text, "1" no number, 1 no boolean, and no enum's position.
        for (LogicalType t : new LogicalType[]{LogicalType.Textual, LogicalType.Enum, LogicalType.Boolean, LogicalType.Integer,
                LogicalType.Float, LogicalType.DateTime}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail);
        }
        for (LogicalType t : new LogicalType[]{LogicalType.Integer, LogicalType.Float, LogicalType.Boolean}) {
            m.coercionConfigFor(t).setCoercion(CoercionInputShape.String, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        }
        m.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail);
        // [null] is no list of anything: the item's path (charges[0]) is named.
        m.setDefaultSetterInfo(JsonSetter.Value.forContentNulls(Nulls.FAIL));
        SimpleModule module = new SimpleModule("wna-request-json");
        module.addDeserializer(String.class, new StorableString());
        module.addKeyDeserializer(String.class, new StorableKey());
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return TemporalAccessor.class.isAssignableFrom(description.getBeanClass())
                        ? new TextOnly(deserializer) : deserializer;
            }
        });
        m.registerModule(module);
        return m;
    }

    /** Text as Jackson reads it, refused when PostgreSQL could not store it. */
    static final class StorableString extends StringDeserializer {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING) && p.currentToken() != null && p.currentToken().isScalarValue()
                    && !p.hasToken(JsonToken.VALUE_EMBEDDED_OBJECT)) {
                // A number or boolean where text is expected: the coercion settings above decide (they refuse).
                return super.deserialize(p, ctxt);
            }
            String s = super.deserialize(p, ctxt);
            String why = StorableText.problem(s);
            if (why != null) {
                throw MismatchedInputException.from(p, String.class, why);
            }
            return s;
        }
    }

    static final class StorableKey extends KeyDeserializer {
        @Override
        public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
            String why = StorableText.problem(key);
            if (why != null) {
                throw MismatchedInputException.from(ctxt.getParser(), String.class, "a field name " + why);
            }
            return key;
        }
    }

    /** Dates and times only from ISO-8601 text: a number is not read as days or seconds since 1970. */
    static final class TextOnly extends DelegatingDeserializer {
        TextOnly(JsonDeserializer<?> delegate) {
            super(delegate);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new TextOnly(delegate);
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (!p.hasToken(JsonToken.VALUE_STRING)) {
                throw MismatchedInputException.from(p, handledType(),
                        "must be an ISO-8601 text such as \"2026-11-20\" or \"2026-11-20T03:00:00Z\"");
            }
            String why = StorableText.problem(p.getText());
            if (why != null) {
                throw MismatchedInputException.from(p, handledType(), why);
            }
            Object value = super.deserialize(p, ctxt);
            // ISO-8601 reads years up to +999999999, which overflow the first date arithmetic done with them. The
            // request records' @PlausibleDate narrows this to 1900-2100; this is the floor for a field without it.
            if (value instanceof TemporalAccessor t && t.isSupported(ChronoField.YEAR) ? outOfRange(t.get(ChronoField.YEAR))
                    : value instanceof Instant i && (i.isBefore(FIRST) || i.isAfter(LAST))) {
                throw MismatchedInputException.from(p, handledType(), "must be between 1900-01-01 and 2100-12-31");
            }
            return value;
        }

        private static final Instant FIRST = Instant.parse("0001-01-01T00:00:00Z");
        private static final Instant LAST = Instant.parse("9999-12-31T23:59:59Z");

        private static boolean outOfRange(int year) {
            return year < 1 || year > 9999;
        }
    }
}
