package org.sealedintake.redaction;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Set;

/** Check digits and number plans that tell identifiers from order numbers and counts. */
final class Checksums {
    /** First two digits of mainland, Hong Kong, Macau and Taiwan resident ID and area codes. */
    private static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32",
            "33", "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61",
            "62", "63", "64", "65", "71", "81", "82", "83", "91");
    private static final int[] ID_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String ID_CHECK = "10X98765432";
    /** GB 32100 alphabet: digits and capitals without I, O, S, V, Z. */
    static final String CREDIT_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] CREDIT_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORG_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private Checksums() {
    }

    /** 18 digits (last may be X) with the ISO 7064 MOD 11-2 check digit, or the old 15-digit form. */
    static boolean isResidentId(String s) {
        if (s.length() == 18) {
            if (!PROVINCES.contains(s.substring(0, 2)) || !isDate(s.substring(6, 14))) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                char c = s.charAt(i);
                if (c < '0' || c > '9') {
                    return false;
                }
                sum += (c - '0') * ID_WEIGHTS[i];
            }
            return Character.toUpperCase(s.charAt(17)) == ID_CHECK.charAt(sum % 11);
        }
        if (s.length() == 15) {
            return allDigits(s) && PROVINCES.contains(s.substring(0, 2)) && isDate("19" + s.substring(6, 12));
        }
        return false;
    }

    private static boolean isDate(String yyyymmdd) {
        if (!allDigits(yyyymmdd)) {
            return false;
        }
        int year = Integer.parseInt(yyyymmdd.substring(0, 4));
        try {
            LocalDate d = LocalDate.of(year, Integer.parseInt(yyyymmdd.substring(4, 6)),
                    Integer.parseInt(yyyymmdd.substring(6, 8)));
            return year >= 1900 && !d.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }

    /** Luhn over 16-19 digits, with an issuer prefix cards use (UnionPay 62, Visa 4, Mastercard...). */
    static boolean isBankCard(String s) {
        if (s.length() < 16 || s.length() > 19 || !allDigits(s)) {
            return false;
        }
        char first = s.charAt(0);
        int prefix4 = Integer.parseInt(s.substring(0, 4));
        boolean issuer = first == '3' || first == '4' || first == '5' || first == '6' || first == '9'
                || (prefix4 >= 2221 && prefix4 <= 2720);
        return issuer && luhn(s);
    }

    static boolean luhn(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return sum % 10 == 0;
    }

    /** GB 32100 unified social credit code: 18 chars, area code, organisation code check, final check. */
    static boolean isCreditCode(String s) {
        if (s.length() != 18 || !allDigits(s.substring(2, 8)) || !PROVINCES.contains(s.substring(2, 4))) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            int v = CREDIT_ALPHABET.indexOf(s.charAt(i));
            if (v < 0) {
                return false;
            }
            sum += v * CREDIT_WEIGHTS[i];
        }
        int check = (31 - sum % 31) % 31;
        return s.charAt(17) == CREDIT_ALPHABET.charAt(check) && isOrganisationCode(s.substring(8, 17));
    }

    /** GB 11714 organisation code (8 chars and a check char), embedded in the credit code. */
    private static boolean isOrganisationCode(String s) {
        int sum = 0;
        for (int i = 0; i < 8; i++) {
            char c = s.charAt(i);
            int v = Character.isDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * ORG_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        char expected = check == 11 ? '0' : check == 10 ? 'X' : (char) ('0' + check);
        return s.charAt(8) == expected;
    }

    static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return !s.isEmpty();
    }
}
