package id.go.wna.dashboard;

import id.go.wna.dashboard.api.Csv;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The shared CSV writer quotes as RFC 4180 says. */
public class CsvTest {

    public record Row(String key, Long count, Double share) {
    }

    @Test
    void fieldsWithCommasQuotesOrLineBreaksAreQuotedAndQuotesDoubled() {
        String csv = Csv.write(Row.class, List.of(new Row("plain", 1L, 0.5), new Row("a,b", 2L, null),
                new Row("say \"hi\"", 3L, null), new Row("two\nlines", null, 1.0)));
        assertEquals("key,count,share\r\nplain,1,0.5\r\n\"a,b\",2,\r\n\"say \"\"hi\"\"\",3,\r\n\"two\nlines\",,1.0\r\n", csv);
    }
}
