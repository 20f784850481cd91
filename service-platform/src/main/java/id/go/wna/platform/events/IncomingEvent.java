package id.go.wna.platform.events;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.go.wna.contracts.CloudEventHeaders;
import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;

/** A consumed CloudEvent: its attributes from the headers, its JSON data from the value. */
public record IncomingEvent(String id, String type, String source, String subject, Instant time, String data) {

    public static IncomingEvent of(ConsumerRecord<String, String> record) {
        String id = CloudEventHeaders.read(record.headers(), CloudEventHeaders.ID);
        String type = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TYPE);
        if (id == null || type == null) {
            throw new IllegalArgumentException("not a CloudEvent: ce_id or ce_type header missing at "
                    + record.topic() + "/" + record.partition() + "@" + record.offset());
        }
        String time = CloudEventHeaders.read(record.headers(), CloudEventHeaders.TIME);
        Instant at;
        try {
            at = time == null ? null : Instant.parse(time);
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("not a CloudEvent: ce_time '" + time + "' is not an RFC 3339 time");
        }
        return new IncomingEvent(id, type, CloudEventHeaders.read(record.headers(), CloudEventHeaders.SOURCE),
                CloudEventHeaders.read(record.headers(), CloudEventHeaders.SUBJECT), at, record.value());
    }

    public <T> T dataAs(ObjectMapper json, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (IOException e) {
            throw new UncheckedIOException("event " + id + " (" + this.type + ") has unreadable data: " + e.getMessage(), e);
        }
    }
}
