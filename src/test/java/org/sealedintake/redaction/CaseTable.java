package org.sealedintake.redaction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a redaction table (input TAB expected) and scores the engine's answers on it. */
final class CaseTable {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\[(?:PHONE|ID-NUMBER|BANK-CARD|CREDIT-CODE|PASSPORT|EMAIL"
            + "|WECHAT|QQ|URL|HANDLE|IP|PLATE|ADDRESS|REPORTER)]");

    record Case(int line, String input, String expected) {
        @Override
        public String toString() {
            return "line " + line + ": " + input;
        }
    }

    private CaseTable() {
    }

    static List<Case> load(String resource) {
        try (InputStream in = CaseTable.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            List<Case> cases = new ArrayList<>();
            for (int i = 0; i < lines.length; i++) {
                String line = lines[i].stripTrailing();
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t", -1);
                if (cols.length != 2) {
                    throw new IllegalStateException(resource + " line " + (i + 1) + ": expected 2 columns, got " + cols.length);
                }
                cases.add(new Case(i + 1, unescape(cols[0]), unescape(cols[1])));
            }
            return cases;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unescape(String s) {
        Matcher u = Pattern.compile("\\\\u([0-9A-Fa-f]{4})").matcher(s.replace("\\t", "\t").replace("\\n", "\n"));
        StringBuilder b = new StringBuilder();
        while (u.find()) {
            u.appendReplacement(b, Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(u.group(1), 16))));
        }
        return u.appendTail(b).toString();
    }

    /** True/false positives and false negatives, counted per placeholder. */
    record Score(int truePositives, int falsePositives, int falseNegatives, int exactRows, int rows) {
        double precision() {
            return truePositives + falsePositives == 0 ? 1.0 : (double) truePositives / (truePositives + falsePositives);
        }

        double recall() {
            return truePositives + falseNegatives == 0 ? 1.0 : (double) truePositives / (truePositives + falseNegatives);
        }

        Score plus(Score o) {
            return new Score(truePositives + o.truePositives, falsePositives + o.falsePositives,
                    falseNegatives + o.falseNegatives, exactRows + o.exactRows, rows + o.rows);
        }

        String summary(String name) {
            return String.format(java.util.Locale.ROOT,
                    "%s: precision %.3f, recall %.3f (TP %d, FP %d, FN %d), rows exactly right %d/%d",
                    name, precision(), recall(), truePositives, falsePositives, falseNegatives, exactRows, rows);
        }
    }

    /**
     * Placeholders of each type are matched by count; a row whose counts agree but whose text
     * differs (a span too long or too short) costs one false positive and one false negative.
     */
    static Score score(String expected, String actual) {
        Map<String, Integer> e = count(expected);
        Map<String, Integer> a = count(actual);
        int tp = 0;
        for (Map.Entry<String, Integer> entry : e.entrySet()) {
            tp += Math.min(entry.getValue(), a.getOrDefault(entry.getKey(), 0));
        }
        int fp = total(a) - tp;
        int fn = total(e) - tp;
        boolean exact = expected.equals(actual);
        if (!exact && fp == 0 && fn == 0 && tp > 0) {
            tp--;
            fp++;
            fn++;
        }
        return new Score(tp, fp, fn, exact ? 1 : 0, 1);
    }

    private static Map<String, Integer> count(String s) {
        Map<String, Integer> m = new TreeMap<>();
        Matcher matcher = PLACEHOLDER.matcher(s);
        while (matcher.find()) {
            m.merge(matcher.group(), 1, Integer::sum);
        }
        return m;
    }

    private static int total(Map<String, Integer> m) {
        return m.values().stream().mapToInt(Integer::intValue).sum();
    }
}
