package id.go.wna.cases;

import id.go.wna.platform.api.ProblemDetail;
import id.go.wna.platform.api.ProblemMappers;
import org.hibernate.exception.ConstraintViolationException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What PostgreSQL refuses is answered by its kind, naming the field and never echoing the value. */
class DatabaseRefusalsTest {

    /** A refusal as the driver reports it (fields: S severity, C SQLState, M message, D detail, n constraint, c column). */
    private static Throwable refused(String state, String detail, String constraint, String column) {
        StringBuilder fields = new StringBuilder("SERROR\0C").append(state).append("\0Mrefused\0");
        if (detail != null) {
            fields.append('D').append(detail).append('\0');
        }
        if (constraint != null) {
            fields.append('n').append(constraint).append('\0');
        }
        if (column != null) {
            fields.append('c').append(column).append('\0');
        }
        PSQLException driver = new PSQLException(new ServerErrorMessage(fields.toString()));
        return new RuntimeException(new ConstraintViolationException("could not execute statement", driver, "sql", constraint));
    }

    @Test
    void aUniqueValueAlreadyTakenIsA409NamingTheFieldsButNotTheValue() {
        ProblemDetail p = ProblemMappers.databaseRefusal(refused("23505",
                "Key (document_issuing_state, document_number)=(AUS, PA1234567) already exists.", "uq_travel_document", null), "/p");
        assertEquals(409, p.status());
        assertEquals(List.of("documentIssuingState, documentNumber"), p.errors().stream().map(ProblemDetail.FieldError::field).toList());
        assertFalse(p.detail().contains("PA1234567"), p.detail());
    }

    @Test
    void foreignKeyCheckAndNotNullViolationsAre422() {
        assertEquals(422, ProblemMappers.databaseRefusal(refused("23503",
                "Key (case_id)=(8c1c) is not present in table \"case_file\".", "fk_custody_case", null), "/p").status());
        ProblemDetail check = ProblemMappers.databaseRefusal(refused("23514", null, "ck_custody_dates", null), "/p");
        assertEquals(422, check.status());
        assertEquals("ck_custody_dates", check.errors().get(0).field());
        ProblemDetail notNull = ProblemMappers.databaseRefusal(refused("23502", null, null, "facility_name"), "/p");
        assertEquals(422, notNull.status());
        assertEquals("facilityName", notNull.errors().get(0).field());
    }

    @Test
    void textTooLongOrNotStorableIsA400AndARaceA409() {
        assertEquals(400, ProblemMappers.databaseRefusal(refused("22001", null, null, null), "/p").status());
        assertEquals(400, ProblemMappers.databaseRefusal(refused("22021", null, null, null), "/p").status());
        assertEquals(400, ProblemMappers.databaseRefusal(refused("22P05", null, null, null), "/p").status());
        assertEquals(409, ProblemMappers.databaseRefusal(refused("40001", null, null, null), "/p").status());
    }

    @Test
    void anythingElseIsLeftToTheGeneralMapper() {
        assertNull(ProblemMappers.databaseRefusal(refused("08006", null, null, null), "/p"));
        assertNull(ProblemMappers.databaseRefusal(new IllegalStateException("no database here"), "/p"));
    }
}
