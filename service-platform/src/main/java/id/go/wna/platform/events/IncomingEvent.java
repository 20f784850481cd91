package id.go.wna.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import id.go.wna.platform.consumer.RecordBytes;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A consumed CloudEvent: its attributes from the headers, its JSON data from the value (text, UTF-8). */
public record IncomingEvent(String id, String type, String source, String subject, Instant time, String data) {

    /** Longest {@code ce_id} the inbox keeps (its column); longer ones are not accepted as events. */
    public static final int MAX_ID_LENGTH = 100;
    private static final int MAX_TYPE_LENGTH = 150;
    private static final int MAX_ATTRIBUTE_LENGTH = 1_000;

    /**
     * Reads the CloudEvents attributes strictly: each of {@code ce_id}, {@code ce_type}, {@code ce_source},
     * {@code ce_subject}, {@code ce_time} at most once, as UTF-8 text without control characters; {@code ce_id} and
     * {@code ce_type} present and not blank. The value is kept as bytes are given (see {@code EventConsumer}).
     *
     * @throws IllegalArgumentException naming what is wrong
     */
    public static IncomingEvent of(ConsumerRecord<?, ?> record, String data) {
        String id = attribute(record, CloudEventHeaders.ID, MAX_ID_LENGTH);
        String type = attribute(record, CloudEventHeaders.TYPE, MAX_TYPE_LENGTH);
        if (id == null || type == null || id.isBlank() || type.isBlank()) {
            throw new IllegalArgumentException("not a CloudEvent: ce_id or ce_type header missing or empty at "
                    + record.topic() + "/" + record.partition() + "@" + record.offset());
        }
        String time = attribute(record, CloudEventHeaders.TIME, 64);
        Instant at;
        try {
            at = time == null ? null : Instant.parse(time);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("not a CloudEvent: ce_time '" + time + "' is not an RFC 3339 time");
        }
        return new IncomingEvent(id, type, attribute(record, CloudEventHeaders.SOURCE, MAX_ATTRIBUTE_LENGTH),
                attribute(record, CloudEventHeaders.SUBJECT, MAX_ATTRIBUTE_LENGTH), at, data);
    }

    private static String attribute(ConsumerRecord<?, ?> record, String name, int maxLength) {
        String value = null;
        int seen = 0;
        for (Header h : record.headers().headers(name)) {
            if (++seen > 1) {
                throw new IllegalArgumentException("not a CloudEvent: header " + name + " appears more than once");
            }
            if (h.value() == null) {
                continue;
            }
            value = RecordBytes.strictUtf8(h.value()).orElseThrow(() ->
                    new IllegalArgumentException("not a CloudEvent: header " + name + " is not UTF-8 text"));
            if (value.length() > maxLength) {
                throw new IllegalArgumentException("not a CloudEvent: header " + name + " is longer than " + maxLength + " characters");
            }
            for (int i = 0; i < value.length(); i++) {
                if (Character.isISOControl(value.charAt(i)) || Character.isSurrogate(value.charAt(i))) {
                    throw new IllegalArgumentException("not a CloudEvent: header " + name + " holds a control character at " + i);
                }
            }
        }
        return value;
    }

    public <T> T dataAs(ObjectMapper json, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + id + " (" + this.type + ") has unreadable data: " + e.getMessage(), e);
        }
    }
}
