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

    /** LINE2 with the composite check digit (its last character) made right again. */
    private static String withComposite(String l2) {
        String composite = l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43);
        return l2.substring(0, 43) + Mrz.checkDigit(composite);
    }

    @ParameterizedTest(name = "a < as the check digit of field {0}..{1} is refused as {2}")
    @CsvSource({
            "0, 9, 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ, mrz.documentNumberCheckDigit",
            "13, 19, 0123456789, mrz.birthDateCheckDigit",
            "21, 27, 0123456789, mrz.expiryDateCheckDigit",
            "28, 42, 0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ, mrz.optionalDataCheckDigit"})
    void aFillerStandsForACheckDigitOnlyForAnEmptyOptionalDataField(int from, int to, String alphabet, String field) {
        // The field's last character is chosen so that its check digit is 0: a < that counted as 0 would pass.
        char[] line = LINE2.toCharArray();
        for (char c : alphabet.toCharArray()) {
            line[to - 1] = c;
            if (Mrz.checkDigit(new String(line, from, to - from)) == 0) {
                break;
            }
        }
        assertEquals(0, Mrz.checkDigit(new String(line, from, to - from)), "a field value whose check digit is 0");
        line[to] = '0';
        Mrz.parse(LINE1 + "\n" + withComposite(new String(line))); // with the digit 0 it is a valid MRZ
        line[to] = '<';
        Mrz.InvalidMrz e = assertThrows(Mrz.InvalidMrz.class, () -> Mrz.parse(LINE1 + "\n" + withComposite(new String(line))));
        assertEquals(field, e.field());
    }

    @Test
    void anEmptyOptionalDataFieldMayHaveAFillerOrZeroAsItsCheckDigit() {
        for (char digit : new char[]{'<', '0'}) {
            assertEquals("", Mrz.parse(LINE1 + "\n" + withComposite(LINE2.substring(0, 28) + "<<<<<<<<<<<<<<" + digit + "0"))
                    .optionalData());
        }
    }

    @ParameterizedTest(name = "expiry {0} is read as {1}")
    @CsvSource({
            "991231, 1999-12-31",   // long expired, not 2099
            "120415, 2012-04-15",
            "350101, 2035-01-01"})
    void aTwoDigitExpiryYearIsReadInTheCenturyThatMakesItAPlausibleDocument(String yymmdd, String expected) {
        String l2 = withComposite(LINE2.substring(0, 21) + yymmdd + Mrz.checkDigit(yymmdd) + LINE2.substring(28));
        assertEquals(LocalDate.parse(expected), Mrz.parse(LINE1 + "\n" + l2).expiry());
    }
}
