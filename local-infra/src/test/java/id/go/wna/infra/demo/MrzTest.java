package id.go.wna.infra.demo;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class MrzTest {

    @Test
    void checkDigitsOfTheIcaoSpecimen() {
        // ICAO Doc 9303 Part 4 specimen: L898902C3<6, birth 740812<2, expiry 120415<9
        assertEquals(6, Mrz.checkDigit("L898902C3"));
        assertEquals(2, Mrz.checkDigit("740812"));
        assertEquals(9, Mrz.checkDigit("120415"));
        assertEquals(0, Mrz.checkDigit("<<<<<<<<<<<<<<"));
        assertThrows(IllegalArgumentException.class, () -> Mrz.checkDigit("a"));
    }

    @Test
    void writesTheTd3LinesCaseServiceDocumentsAsItsExample() {
        String mrz = Mrz.td3("AUS", "Citizen", "Jane Mary", "PA1234567", "AUS", LocalDate.of(1988, 2, 15), "F", LocalDate.of(2031, 1, 1));
        assertEquals("P<AUSCITIZEN<<JANE<MARY<<<<<<<<<<<<<<<<<<<<<\nPA12345673AUS8802152F3101012<<<<<<<<<<<<<<<0", mrz);
    }

    @Test
    void everyCheckDigitOfAGeneratedMrzVerifies() {
        String mrz = Mrz.td3("D", "De Jong", "Pieter", "KC0000042", "D", LocalDate.of(2001, 12, 31), "X", LocalDate.of(2034, 7, 9));
        String[] lines = mrz.split("\n");
        assertEquals(44, lines[0].length());
        assertEquals(44, lines[1].length());
        assertEquals("P<D<<DE<JONG<<PIETER", lines[0].substring(0, 20));
        String l2 = lines[1];
        assertEquals(Mrz.checkDigit(l2.substring(0, 9)), l2.charAt(9) - '0');
        assertEquals("D<<", l2.substring(10, 13));
        assertEquals(Mrz.checkDigit(l2.substring(13, 19)), l2.charAt(19) - '0');
        assertEquals('<', l2.charAt(20));
        assertEquals(Mrz.checkDigit(l2.substring(21, 27)), l2.charAt(27) - '0');
        assertEquals(Mrz.checkDigit(l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43)), l2.charAt(43) - '0');
    }
}
