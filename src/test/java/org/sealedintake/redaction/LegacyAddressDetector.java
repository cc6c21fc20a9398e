package org.sealedintake.redaction;

import java.util.List;
import org.sealedintake.redaction.Detector.Span;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TEST ONLY: AddressDetector as it was before issue 10's redaction work (commit 25543da), copied unchanged but for
 * the class names: the reference that {@link RedactionEquivalenceTest} compares the engine with. Do not
 * change it to follow the main code.
 *
 * <p>Street addresses where a rule is reliable: a road, street or lane with a house number (号), with
 * the province/city/district before it, or a building with unit and room (3栋2单元502室). A place
 * name alone ("住在北京") is not redacted: it names millions of people.
 */
final class LegacyAddressDetector implements LegacyDetector {
    /** Characters that end a place name when read leftwards: "住在" and "我家在" are not part of it. */
    private static final String NAME = "[\\p{IsHan}&&[^在住到去是我他她你的家于从往寄送搬址了和与及就还也都说、，。：:]]";
    private static final String ADMIN = "(?:" + NAME + "{2,8}?(?:省|自治区))?(?:" + NAME + "{2,8}?(?:市|自治州|州|盟))?"
            + "(?:" + NAME + "{1,8}?(?:区|县|旗))?(?:" + NAME + "{1,8}?(?:镇|乡|街道))?";
    private static final String BUILDING = "(?:\\d+(?:栋|幢|号楼|座))?(?:\\d+单元)?(?:\\d+(?:层|楼))?"
            + "(?:\\d+(?:室|房|户)|(?<=单元)\\d+)?";
    private static final Pattern STREET = Pattern.compile(ADMIN + NAME + "{1,8}?(?:路|街|大道|巷|弄|胡同)(?:\\d+(?:段|弄|巷))?"
            + "\\d+(?:-\\d+)?号(?:院)?" + BUILDING);
    private static final Pattern ROAD_AND_NUMBER = Pattern.compile("(?:路|街|大道|巷|弄|胡同)(?:\\d+(?:段|弄|巷))?\\d+(?:-\\d+)?号");
    /** Farther than any province + city + district + street name reaches. */
    private static final int LOOK_AROUND = 48;
    /** Building, unit and room: two of them at least, so "3楼" or "3号" alone stay. */
    private static final Pattern BUILDING_ONLY = Pattern.compile("(?<!\\d)(?:"
            + "\\d+(?:栋|幢|号楼|座)\\d+(?:单元|层|楼|室|号)(?:\\d+(?:层|楼))?(?:\\d+(?:室|房|户|号)?)?"
            + "|\\d+单元\\d+(?:室|房|户|号)?)");

    @Override
    public void detect(LegacyNormalizedText text, List<Span> out) {
        String s = text.text();
        // Both patterns need a digit, and a road needs 号: most texts have neither and skip the scans.
        if (!hasDigit(s)) {
            return;
        }
        if (s.indexOf('号') >= 0) {
            streets(s, out);
        }
        if (s.indexOf('栋') >= 0 || s.indexOf('幢') >= 0 || s.indexOf('号') >= 0 || s.indexOf('座') >= 0
                || s.indexOf('单') >= 0) {
            Matcher b = BUILDING_ONLY.matcher(s);
            while (b.find()) {
                out.add(new Span(PiiType.ADDRESS, b.start(), b.end()));
            }
        }
    }

    private static boolean hasDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                return true;
            }
        }
        return false;
    }

    private static void streets(String s, List<Span> out) {
        // The full pattern is costly to try at every position: look only around a road with a number.
        Matcher anchor = ROAD_AND_NUMBER.matcher(s);
        int covered = 0;
        while (anchor.find()) {
            if (anchor.end() <= covered) {
                continue;
            }
            Matcher m = STREET.matcher(s).region(Math.max(covered, anchor.start() - LOOK_AROUND),
                    Math.min(s.length(), anchor.end() + LOOK_AROUND));
            while (m.find()) {
                if (m.end() >= anchor.end()) {
                    out.add(new Span(PiiType.ADDRESS, m.start(), m.end()));
                    covered = m.end();
                    break;
                }
            }
        }
    }
}
