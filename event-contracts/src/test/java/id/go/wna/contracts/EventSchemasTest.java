package id.go.wna.contracts;

import com.fasterxml.jackson.databind.node.ObjectNode;
import id.go.wna.contracts.cases.CaseOpened;
import id.go.wna.contracts.custody.CustodyNoticeIssued;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventSchemasTest {

    private static final CaseOpened OPENED = new CaseOpened(UUID.fromString("6f1c2b9e-8a47-4c1e-9a55-0f5e2d7c1a01"),
            "IMMIGRATION_CRIME", "REPORTED", "AUS", "Bali", Instant.parse("2025-03-01T02:15:30Z"), "IMC-51-2025-00001", "51");

    @Test
    void aValidPayloadHasNoViolations() {
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CASE_OPENED, SampleEvents.json(OPENED)));
        assertTrue(EventSchemas.isValid(EventTypes.CASE_OPENED, SampleEvents.json(OPENED)));
    }

    @Test
    void aMissingRequiredFieldIsNamedByItsPath() {
        ObjectNode node = tree(OPENED);
        node.remove("caseId");
        List<String> violations = EventSchemas.validate(EventTypes.CASE_OPENED, node.toString());
        assertEquals(List.of("$.caseId: is required but missing"), violations);
    }

    @Test
    void aNullRequiredFieldIsAViolation() {
        ObjectNode node = tree(OPENED);
        node.putNull("nationality");
        List<String> violations = EventSchemas.validate(EventTypes.CASE_OPENED, node.toString());
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("$.nationality: "), violations.toString());
    }

    @Test
    void aValueOutsideTheAllowedOnesIsAViolation() {
        ObjectNode node = tree(OPENED);
        node.put("kind", "THEFT");
        List<String> violations = EventSchemas.validate(EventTypes.CASE_OPENED, node.toString());
        assertEquals(1, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("$.kind: "), violations.toString());
    }

    @Test
    void malformedIdsAndTimesAreViolations() {
        ObjectNode node = tree(OPENED);
        node.put("caseId", "case-42");
        node.put("openedAt", "yesterday");
        List<String> violations = EventSchemas.validate(EventTypes.CASE_OPENED, node.toString());
        assertEquals(2, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("$.caseId: "), violations.toString());
        assertTrue(violations.get(1).startsWith("$.openedAt: "), violations.toString());
    }

    @Test
    void aProblemInANestedObjectIsNamedByItsFullPath() {
        ObjectNode node = tree(SampleEvents.sample(CustodyNoticeIssued.class, true));
        ((ObjectNode) node.get("arrest")).put("arrestedAt", "2025-02-30");
        ((ObjectNode) node.get("person")).remove("surname");
        ((ObjectNode) node.withArray("charges").get(0)).put("article", 119);
        List<String> violations = EventSchemas.validate(EventTypes.CUSTODY_NOTICE_ISSUED, node.toString());
        assertEquals(3, violations.size(), violations.toString());
        assertTrue(violations.get(0).startsWith("$.arrest.arrestedAt: "), violations.toString());
        assertTrue(violations.get(1).startsWith("$.charges[0].article: "), violations.toString());
        assertEquals("$.person.surname: is required but missing", violations.get(2));
    }

    @Test
    void anOptionalFieldMayBeNullOrAbsent() {
        String json = SampleEvents.json(SampleEvents.sample(CustodyNoticeIssued.class, false));
        assertTrue(json.contains("\"travelDocument\":null"), json);
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CUSTODY_NOTICE_ISSUED, json));
    }

    @Test
    void unknownPropertiesAreAccepted() {
        ObjectNode node = tree(OPENED);
        node.put("severity", "HIGH");
        assertEquals(List.of(), EventSchemas.validate(EventTypes.CASE_OPENED, node.toString()));
    }

    @Test
    void invalidJsonIsASingleViolation() {
        List<String> violations = EventSchemas.validate(EventTypes.CASE_OPENED, "{\"caseId\": ");
        assertEquals(1, violations.size());
        assertTrue(violations.get(0).startsWith("not valid JSON: "), violations.toString());
        assertTrue(EventSchemas.validate(EventTypes.CASE_OPENED, "").get(0).startsWith("not valid JSON: "));
        assertTrue(EventSchemas.validate(EventTypes.CASE_OPENED, "{} {}").get(0).startsWith("not valid JSON: "));
    }

    @Test
    void aPayloadThatIsNotAnObjectIsAViolation() {
        assertFalse(EventSchemas.isValid(EventTypes.CASE_OPENED, "[]"));
        assertFalse(EventSchemas.isValid(EventTypes.CASE_OPENED, "\"CaseOpened\""));
    }

    @Test
    void anUnknownTypeIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> EventSchemas.validate("CaseOpened.v9", "{}"));
        assertTrue(e.getMessage().contains("CaseOpened.v9"), e.getMessage());
    }

    private static ObjectNode tree(Object payload) {
        return SampleEvents.JSON.valueToTree(payload);
    }
}
