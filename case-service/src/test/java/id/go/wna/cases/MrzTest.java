package id.go.wna.cases;

import id.go.wna.cases.domain.Mrz;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** TD3 MRZ parsing on the ICAO Doc 9303 specimen, and every check digit caught on corrupted copies. */
class MrzTest {

    static final String LINE1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String LINE2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    @Test
    void theIcaoSpecimenIsReadWithEveryField() {
        Mrz m = Mrz.parse(LINE1 + "\n" + LINE2);
        assertEquals("P", m.documentType());
        assertEquals("UTO", m.issuingState());
        assertEquals("ERIKSSON", m.surname());
        assertEquals("ANNA MARIA", m.givenNames());
        assertEquals("L898902C3", m.documentNumber());
        assertEquals("UTO", m.nationality());
        assertEquals(LocalDate.of(1974, 8, 12), m.birthDate());
        assertEquals("F", m.sex());
        assertEquals(LocalDate.of(2012, 4, 15), m.expiry());
        assertEquals("ZE184226B", m.optionalData());
    }

    @ParameterizedTest(name = "changing character {0} of line 2 is caught as {1}")
    @CsvSource({
            "2, mrz.documentNumberCheckDigit",   // document number
            "9, mrz.documentNumberCheckDigit",   // its check digit
            "17, mrz.birthDateCheckDigit",       // birth date
            "19, mrz.birthDateCheckDigit",
            "25, mrz.expiryDateCheckDigit",      // expiry date
            "30, mrz.optionalDataCheckDigit",    // optional data (personal number)
            "43, mrz.compositeCheckDigit"})
    void aMistypedCharacterIsCaughtByTheCheckDigitThatCoversIt(int position, String field) {
        char[] line = LINE2.toCharArray();
        line[position] = line[position] == '1' ? '2' : '1';
        Mrz.InvalidMrz e = assertThrows(Mrz.InvalidMrz.class, () -> Mrz.parse(LINE1 + "\n" + new String(line)));
        assertEquals(field, e.field());
    }

    @Test
    void linesOfTheWrongLengthAreRefused() {
        assertEquals("mrz", assertThrows(Mrz.InvalidMrz.class, () -> Mrz.parse(LINE1 + "\n" + LINE2.substring(1))).field());
    }

    @Test
    void checkDigitsFollowTheWeights731() {
        assertEquals(6, Mrz.checkDigit("L898902C3"));
        assertEquals(2, Mrz.checkDigit("740812"));
        assertEquals(9, Mrz.checkDigit("120415"));
        assertEquals(0, Mrz.checkDigit("<<<<<<<<<<<<<<"));
    }
}
