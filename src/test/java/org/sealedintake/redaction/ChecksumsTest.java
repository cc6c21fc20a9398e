package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChecksumsTest {

    @Test
    void residentIdNeedsCheckDigitProvinceAndRealBirthDate() {
        assertTrue(Checksums.isResidentId("11010519491231002X"));
        assertTrue(Checksums.isResidentId("11010519491231002x"));
        assertFalse(Checksums.isResidentId("110105194912310021"), "wrong check digit");
        assertFalse(Checksums.isResidentId("990105194912310026"), "no province 99");
        assertFalse(Checksums.isResidentId("110105194913310021"), "month 13");
        assertTrue(Checksums.isResidentId("110101850307493"), "15-digit form");
        assertFalse(Checksums.isResidentId("110101853007493"), "15-digit form, month 30");
    }

    @Test
    void bankCardNeedsLuhnLengthAndIssuerPrefix() {
        assertTrue(Checksums.isBankCard("6222025260181590832"));
        assertTrue(Checksums.isBankCard("4392390996030824"));
        assertFalse(Checksums.isBankCard("4392390996030825"), "Luhn");
        assertFalse(Checksums.isBankCard("439239099603082"), "15 digits");
        assertFalse(Checksums.isBankCard("1000000000000009"), "no issuer starts with 1");
    }

    @Test
    void creditCodeNeedsBothCheckCharacters() {
        assertTrue(Checksums.isCreditCode("91350100M000100Y43"));
        assertFalse(Checksums.isCreditCode("91350100M000100Y44"), "final check");
        assertFalse(Checksums.isCreditCode("91350100M000100Z43"), "Z is not in the GB 32100 alphabet");
        assertTrue(Checksums.isCreditCode("913101158573415255"));
        assertFalse(Checksums.isCreditCode("913101158573415265"), "organisation code check");
    }
}
