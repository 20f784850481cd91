package id.go.wna.platform.consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What a consumer may do with the raw bytes of a record: decode them strictly (a record whose text is not valid
 * UTF-8 is refused rather than silently altered; what text may be stored is {@code StorableText}'s rule) and show them
 * safely to an operator (a bounded preview with every unprintable character replaced).
 */
public final class RecordBytes {

    /** Longest preview shown in the operators' list; the full bytes are available as base64. */
    public static final int PREVIEW_CHARS = 2_000;

    private RecordBytes() {
    }

    /** The UTF-8 text of {@code bytes}, or empty when they are not valid UTF-8. Null stays null. */
    public static Optional<String> strictUtf8(byte[] bytes) {
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            CharBuffer chars = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes));
            return Optional.of(chars.toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** A preview of bytes for people: UTF-8 with replacement, control characters but tab and newline shown as U+FFFD. */
    public static String preview(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int limit = Math.min(bytes.length, PREVIEW_CHARS * 4);
        return safeText(new String(bytes, 0, limit, StandardCharsets.UTF_8), PREVIEW_CHARS);
    }

    /**
     * {@code text} made storable and printable: NUL, other control characters (but tab and newline) and lone
     * surrogates replaced by U+FFFD, cut to {@code maxChars} with an ellipsis. For error messages and previews.
     */
    public static String safeText(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        StringBuilder b = new StringBuilder(Math.min(text.length(), maxChars + 1));
        for (int i = 0; i < text.length() && b.length() < maxChars; i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                b.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c) || (Character.isISOControl(c) && c != '\n' && c != '\t')) {
                b.append('\uFFFD');
            } else {
                b.append(c);
            }
        }
        if (b.length() < text.length() && b.length() >= maxChars) {
            b.append('…');
        }
        return b.toString();
    }

    /** The same record (topic, partition, offset, key, headers) with another value. */
    public static ConsumerRecord<byte[], byte[]> withValue(ConsumerRecord<byte[], byte[]> r, byte[] value) {
        return new ConsumerRecord<>(r.topic(), r.partition(), r.offset(), r.timestamp(), r.timestampType(),
                r.serializedKeySize(), value == null ? -1 : value.length, r.key(), value, r.headers(), r.leaderEpoch());
    }
}
