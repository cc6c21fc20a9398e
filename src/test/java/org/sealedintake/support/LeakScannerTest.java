package org.sealedintake.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The leak scanner finds a planted value in every encoding it claims to cover, and nothing where it is absent. */
class LeakScannerTest {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHABET = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    static String randomValue(int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }

    private static byte[] noise(int length) {
        byte[] b = new byte[length];
        RANDOM.nextBytes(b);
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static Set<String> forms(List<LeakScanner.Finding> findings) {
        return findings.stream().map(LeakScanner.Finding::form).collect(Collectors.toSet());
    }

    private static void assertFound(LeakScanner scanner, byte[] haystack, String form) {
        List<LeakScanner.Finding> found = scanner.scanBytes("planted", haystack);
        assertTrue(forms(found).contains(form), "expected " + form + ", found " + found);
        assertTrue(found.stream().allMatch(f -> f.label().equals("secret")));
    }

    @Test
    void findsAValuePlantedInEachTextEncoding() {
        String value = "Mx" + randomValue(14);
        LeakScanner scanner = LeakScanner.of(Map.of("secret", value));
        byte[] before = "log line: user=".getBytes(StandardCharsets.UTF_8);
        byte[] after = " done\n".getBytes(StandardCharsets.UTF_8);

        assertFound(scanner, concat(before, value.getBytes(StandardCharsets.UTF_8), after), "utf8");
        assertFound(scanner, concat(before, value.toLowerCase().getBytes(StandardCharsets.UTF_8), after), "utf8-lower");
        assertFound(scanner, concat(before, value.toUpperCase().getBytes(StandardCharsets.UTF_8), after), "utf8-upper");
        String mixed = value.substring(0, 4).toUpperCase() + value.substring(4).toLowerCase();
        assertFound(scanner, concat(before, mixed.getBytes(StandardCharsets.UTF_8), after), "utf8-any-case");
        assertFound(scanner, ("<" + value + ">").getBytes(StandardCharsets.UTF_16LE), "utf16le");
        assertFound(scanner, ("<" + value + ">").getBytes(StandardCharsets.UTF_16BE), "utf16be");
        assertFound(scanner, ("<" + value.toUpperCase() + ">").getBytes(StandardCharsets.UTF_16LE), "utf16le-upper");
        assertFound(scanner, ("<" + mixed + ">").getBytes(StandardCharsets.UTF_16BE), "utf16be-any-case");
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        assertFound(scanner, concat(before, HexFormat.of().formatHex(utf8).getBytes(StandardCharsets.US_ASCII), after),
                "hex-lower");
        assertFound(scanner,
                concat(before, HexFormat.of().withUpperCase().formatHex(utf8).getBytes(StandardCharsets.US_ASCII), after),
                "hex-upper");
    }

    @Test
    void findsAValueInsideLongerBase64AtEveryAlignmentInBothAlphabets() {
        String value = "Mx" + randomValue(14);
        LeakScanner scanner = LeakScanner.of(Map.of("secret", value));
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        // 0..5 bytes before the value cover each alignment twice; bytes after it vary the tail.
        for (int lead = 0; lead < 6; lead++) {
            for (int tail = 0; tail < 3; tail++) {
                byte[] stream = concat(noise(lead), utf8, noise(tail));
                String std = Base64.getEncoder().encodeToString(stream);
                String url = Base64.getUrlEncoder().withoutPadding().encodeToString(stream);
                assertFound(scanner, ("token=" + std + ";").getBytes(StandardCharsets.US_ASCII),
                        "base64-std-align" + (lead % 3));
                assertFound(scanner, ("jwt." + url + ".sig").getBytes(StandardCharsets.US_ASCII),
                        "base64-url-align" + (lead % 3));
            }
        }
        // A JSON serialisation of an object holding the value, base64-encoded (as a JWT payload would be).
        String payload = "{\"sub\":\"" + value + "\",\"x\":1}";
        assertFound(scanner, Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII),
                "base64-url-align" + ("{\"sub\":\"".length() % 3));
    }

    @Test
    void coversEveryPromisedForm() {
        List<String> forms = LeakScanner.formsOf("Abcdefgh");
        for (String f : List.of("utf8", "utf8-lower", "utf8-upper", "utf16le", "utf16be", "hex-lower", "hex-upper",
                "utf8-any-case", "utf16le-any-case", "utf16be-any-case")) {
            assertTrue(forms.contains(f), f);
        }
        for (int a = 0; a < 3; a++) {
            assertTrue(forms.contains("base64-std-align" + a));
            assertTrue(forms.contains("base64-url-align" + a));
        }
    }

    @Test
    void findsNothingWhenTheValueIsAbsent() {
        String value = "Mx" + randomValue(14);
        LeakScanner scanner = LeakScanner.of(Map.of("secret", value));
        // Differ in the middle: a change in the last character can fall in a base64 group the
        // scanner rightly ignores (it depends on the bytes after the value), which is no near miss.
        // Differ in letter, not only in case: an 'A' turned into 'a' is a hit for the any-case forms.
        int mid = value.length() / 2;
        char other = Character.toLowerCase(value.charAt(mid)) == 'a' ? 'b' : 'a';
        String nearMiss = value.substring(0, mid) + other + value.substring(mid + 1);
        byte[] haystack = concat(noise(50_000), nearMiss.getBytes(StandardCharsets.UTF_8),
                Base64.getEncoder().encode(nearMiss.getBytes(StandardCharsets.UTF_8)), noise(1000));
        assertEquals(List.of(), scanner.scanBytes("clean", haystack));
        assertEquals(List.of(), scanner.scanText("clean", "a log line with report id and nothing else"));
    }

    @Test
    void refusesValuesTooShortToScanFor() {
        assertThrows(IllegalArgumentException.class, () -> LeakScanner.of(Map.of("short", "abc")));
        assertThrows(IllegalArgumentException.class, () -> LeakScanner.of(Map.of("missing", "")));
    }

    @Test
    void reportsTheLineOfAFileFinding(@TempDir Path dir) throws Exception {
        String value = "Mx" + randomValue(14);
        Path log = dir.resolve("test.log");
        Files.writeString(log, "first line\nsecond line\nthird " + value.toLowerCase() + " line\n");
        List<LeakScanner.Finding> found = LeakScanner.of(Map.of("secret", value)).scanFile(log);
        assertTrue(found.stream().anyMatch(f -> f.location().endsWith("line 3")), found.toString());
    }

    @Test
    void findsPlantedValuesInEveryScannedColumnTypeOfADatabaseSchema() throws Exception {
        String value = "Mx" + randomValue(14);
        String schema = "leak_scanner_selftest_" + randomValue(6).toLowerCase();
        LeakScanner scanner = LeakScanner.of(Map.of("secret", value));
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        try (Connection c = TestEnvironment.ownerConnection()) {
            try (Statement s = c.createStatement()) {
                s.execute("create schema " + schema);
                s.execute("create table " + schema + ".t (id int, a text, b varchar(200), c char(80), d bytea, e json,"
                        + " f jsonb, g bytea, h integer)");
                s.execute("create view " + schema + ".v as select a from " + schema + ".t");
            }
            try (PreparedStatement p = c.prepareStatement("insert into " + schema + ".t values (1, ?, ?, ?, ?, ?::json, ?::jsonb, ?, 7)")) {
                p.setString(1, "note " + value.toUpperCase());
                p.setString(2, HexFormat.of().formatHex(utf8));
                p.setString(3, Base64.getUrlEncoder().encodeToString(concat(noise(1), utf8)));
                p.setBytes(4, concat(noise(7), ("{" + value + "}").getBytes(StandardCharsets.UTF_16LE), noise(3)));
                p.setString(5, "{\"name\":\"" + value + "\"}");
                p.setString(6, "{\"enc\":\"" + Base64.getEncoder().encodeToString(concat(noise(2), utf8)) + "\"}");
                p.setBytes(7, noise(64));
                p.executeUpdate();
            }
            LeakScanner.DatabaseScan scan = scanner.scanDatabase(c, schema);
            assertEquals(List.of("t.a", "t.b", "t.c", "t.d", "t.e", "t.f", "t.g"), scan.columns(),
                    "every text-like column of every table, views and integer columns left out");
            List<String> columnsWithFinding = new ArrayList<>();
            for (LeakScanner.Finding f : scan.findings()) {
                String col = f.location().substring(0, f.location().indexOf(' '));
                if (!columnsWithFinding.contains(col)) {
                    columnsWithFinding.add(col);
                }
            }
            assertEquals(List.of("t.a", "t.b", "t.c", "t.d", "t.e", "t.f"), columnsWithFinding, scan.findings().toString());
            try (Statement s = c.createStatement()) {
                s.execute("drop schema " + schema + " cascade");
            }
        }
    }
}
