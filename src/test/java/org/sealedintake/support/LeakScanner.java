package org.sealedintake.support;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Looks for known secret values (reporters' subjects, names, e-mails, contact handles...) in bytes,
 * text, files and every text-like column of a database schema, in the encodings a careless
 * serialisation, log line or column would produce (threat T15):
 * <ul>
 * <li>plain UTF-8, UTF-16LE and UTF-16BE, each as written, lower-cased and upper-cased, plus an
 * ASCII case-insensitive match of the plain form;</li>
 * <li>hex of the UTF-8 bytes, lower and upper case;</li>
 * <li>base64 of the UTF-8 bytes at all three alignments (0, 1 or 2 bytes before the value in the
 * encoded stream), standard and URL-safe alphabets, without padding and without the edge characters
 * that depend on neighbouring bytes, so it also matches inside a longer encoded value.</li>
 * </ul>
 * Findings name the value's label, the form and where it was found, never the value itself. Add
 * further haystacks (attachment bytes, other log files) with {@link #scanBytes}.
 */
public final class LeakScanner {
    /** Shorter values would match by chance; a scan for them proves nothing. */
    public static final int MIN_VALUE_CHARS = 6;
    /** Column types whose contents are scanned. */
    public static final Set<String> SCANNED_TYPES = Set.of("text", "character varying", "character", "bytea", "json",
            "jsonb");

    /** One occurrence: which value (by label), in which form, where. */
    public record Finding(String label, String form, String location) {
        @Override
        public String toString() {
            return label + " as " + form + " in " + location;
        }
    }

    /** What a database scan covered and found. */
    public record DatabaseScan(List<String> columns, long values, List<Finding> findings) {
    }

    private record Needle(String label, String form, byte[] bytes, boolean caseInsensitive) {
    }

    private final List<Needle> needles;
    private final Map<Integer, List<Needle>> exactByPrefix = new HashMap<>();
    private final Map<Integer, List<Needle>> foldedByPrefix = new HashMap<>();

    private LeakScanner(List<Needle> needles) {
        this.needles = List.copyOf(needles);
        for (Needle n : this.needles) {
            (n.caseInsensitive ? foldedByPrefix : exactByPrefix)
                    .computeIfAbsent(prefix(n.bytes, 0), k -> new ArrayList<>()).add(n);
        }
    }

    /** A scanner for the given values, keyed by a label that findings report instead of the value. */
    public static LeakScanner of(Map<String, String> labelledValues) {
        List<Needle> out = new ArrayList<>();
        for (Map.Entry<String, String> e : labelledValues.entrySet()) {
            String value = e.getValue();
            if (value == null || value.codePointCount(0, value.length()) < MIN_VALUE_CHARS) {
                throw new IllegalArgumentException("value '" + e.getKey() + "' is missing or shorter than "
                        + MIN_VALUE_CHARS + " characters: a scan for it would prove nothing");
            }
            // Forms with equal bytes (an all-lower value and its lower-case form) are kept: each
            // finding then names every form it matches.
            out.addAll(needlesOf(e.getKey(), value));
        }
        return new LeakScanner(out);
    }

    /** Names of all forms searched for one value (for tests of the scanner itself). */
    public static List<String> formsOf(String value) {
        return needlesOf("x", value).stream().map(Needle::form).distinct().toList();
    }

    private static List<Needle> needlesOf(String label, String value) {
        List<Needle> out = new ArrayList<>();
        Map<String, String> variants = new LinkedHashMap<>();
        variants.put("", value);
        variants.put("-lower", value.toLowerCase(Locale.ROOT));
        variants.put("-upper", value.toUpperCase(Locale.ROOT));
        for (Map.Entry<String, String> v : variants.entrySet()) {
            String text = v.getValue();
            byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
            out.add(new Needle(label, "utf8" + v.getKey(), utf8, false));
            out.add(new Needle(label, "utf16le" + v.getKey(), text.getBytes(StandardCharsets.UTF_16LE), false));
            out.add(new Needle(label, "utf16be" + v.getKey(), text.getBytes(StandardCharsets.UTF_16BE), false));
            out.add(new Needle(label, "hex-lower" + v.getKey(), ascii(HexFormat.of().formatHex(utf8)), false));
            out.add(new Needle(label, "hex-upper" + v.getKey(),
                    ascii(HexFormat.of().withUpperCase().formatHex(utf8)), false));
            for (int align = 0; align < 3; align++) {
                String std = base64Core(utf8, align);
                out.add(new Needle(label, "base64-std-align" + align + v.getKey(), ascii(std), false));
                out.add(new Needle(label, "base64-url-align" + align + v.getKey(),
                        ascii(std.replace('+', '-').replace('/', '_')), false));
            }
        }
        for (Charset cs : List.of(StandardCharsets.UTF_8, StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE)) {
            out.add(new Needle(label, cs.name().toLowerCase(Locale.ROOT).replace("-", "") + "-any-case",
                    foldAscii(value.getBytes(cs)), true));
        }
        return out;
    }

    /**
     * The base64 characters that depend only on {@code value} when it starts {@code align} bytes
     * after a 3-byte boundary of the encoded stream.
     */
    static String base64Core(byte[] value, int align) {
        byte[] padded = new byte[align + value.length];
        System.arraycopy(value, 0, padded, align, value.length);
        String encoded = Base64.getEncoder().withoutPadding().encodeToString(padded);
        int first = (8 * align + 5) / 6;
        int end = 8 * (align + value.length) / 6;
        return encoded.substring(first, Math.min(end, encoded.length()));
    }

    /** Every finding in {@code haystack}; at most one per needle. */
    public List<Finding> scanBytes(String location, byte[] haystack) {
        List<Finding> found = new ArrayList<>();
        Set<Needle> hit = new java.util.HashSet<>();
        byte[] folded = foldAscii(haystack);
        for (int i = 0; i + 4 <= haystack.length; i++) {
            collect(exactByPrefix.get(prefix(haystack, i)), haystack, i, location, found, hit);
            collect(foldedByPrefix.get(prefix(folded, i)), folded, i, location, found, hit);
        }
        return found;
    }

    private static void collect(List<Needle> candidates, byte[] in, int at, String location, List<Finding> found,
            Set<Needle> hit) {
        if (candidates == null) {
            return;
        }
        for (Needle n : candidates) {
            if (!hit.contains(n) && at + n.bytes.length <= in.length
                    && Arrays.equals(in, at, at + n.bytes.length, n.bytes, 0, n.bytes.length)) {
                hit.add(n);
                found.add(new Finding(n.label, n.form, location + " @" + at));
            }
        }
    }

    public List<Finding> scanText(String location, String text) {
        return scanBytes(location, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Scans a file's bytes; findings give the line number. */
    public List<Finding> scanFile(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        List<Finding> raw = scanBytes(file.toString(), bytes);
        List<Finding> out = new ArrayList<>();
        for (Finding f : raw) {
            int at = Integer.parseInt(f.location.substring(f.location.lastIndexOf('@') + 1));
            int line = 1;
            for (int i = 0; i < at; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            out.add(new Finding(f.label, f.form, file + " line " + line));
        }
        return out;
    }

    /**
     * Scans every text, varchar, char, bytea, json and jsonb column of every table in {@code schema},
     * found through information_schema (so new tables and columns are covered without changing this).
     */
    public DatabaseScan scanDatabase(Connection c, String schema) throws SQLException {
        List<String[]> columns = new ArrayList<>();
        try (PreparedStatement s = c.prepareStatement("""
                select col.table_name, col.column_name, col.data_type
                  from information_schema.columns col
                  join information_schema.tables t
                    on t.table_schema = col.table_schema and t.table_name = col.table_name
                 where col.table_schema = ? and t.table_type = 'BASE TABLE'
                 order by col.table_name, col.ordinal_position""")) {
            s.setString(1, schema);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    if (SCANNED_TYPES.contains(rs.getString(3))) {
                        columns.add(new String[] { rs.getString(1), rs.getString(2), rs.getString(3) });
                    }
                }
            }
        }
        List<Finding> findings = new ArrayList<>();
        List<String> names = new ArrayList<>();
        long values = 0;
        for (String[] col : columns) {
            String name = col[0] + "." + col[1];
            names.add(name);
            boolean bytea = "bytea".equals(col[2]);
            String expr = quote(col[1]) + (col[2].startsWith("json") ? "::text" : "");
            try (Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("select " + expr + " from " + quote(schema) + "." + quote(col[0]))) {
                long row = 0;
                while (rs.next()) {
                    row++;
                    byte[] bytes = bytea ? rs.getBytes(1) : utf8(rs.getString(1));
                    if (bytes != null) {
                        values++;
                        findings.addAll(scanBytes(name + " row " + row, bytes));
                    }
                }
            }
        }
        return new DatabaseScan(names, values, findings);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static byte[] utf8(String s) {
        return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] foldAscii(byte[] in) {
        byte[] out = in.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] >= 'A' && out[i] <= 'Z') {
                out[i] = (byte) (out[i] + ('a' - 'A'));
            }
        }
        return out;
    }

    private static int prefix(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }

    /** Number of byte patterns searched for (for tests of the scanner itself). */
    public int needleCount() {
        return needles.size();
    }
}
