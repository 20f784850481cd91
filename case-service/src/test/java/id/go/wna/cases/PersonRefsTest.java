package id.go.wna.cases;

import id.go.wna.platform.security.PersonRefs;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The person reference on shared topics: stable for one document, not derivable without the deployment's secret. */
class PersonRefsTest {

    private static final String SECRET = "0123456789abcdef0123456789abcdef-test-deployment";

    @Test
    void theSameDocumentGivesTheSameReferenceHoweverItIsTyped() {
        PersonRefs refs = new PersonRefs(SECRET);
        assertEquals(refs.of("AUS", "PA1234567"), refs.of("aus", " pa 123 4567 "));
        assertNotEquals(refs.of("AUS", "PA1234567"), refs.of("NZL", "PA1234567"));
    }

    @Test
    void anotherDeploymentsSecretGivesAnotherReferenceAndTheNumberDoesNotShow() {
        java.util.UUID here = new PersonRefs(SECRET).of("AUS", "PA1234567");
        java.util.UUID elsewhere = new PersonRefs(SECRET.replace('0', '9')).of("AUS", "PA1234567");
        assertNotEquals(here, elsewhere);
        assertFalse(here.toString().replace("-", "").contains("1234567"));
        assertEquals(8, here.version());
    }

    @Test
    void aShortOrMissingSecretIsRefused() {
        assertThrows(IllegalStateException.class, () -> new PersonRefs("short"));
        assertThrows(IllegalStateException.class, () -> new PersonRefs(""));
    }
}
