package org.sealedintake.redaction;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses where a rule is reliable: a road, street or lane with a house number (号), with
 * the province/city/district before it, or a building with unit and room (3栋2单元502室). A place
 * name alone ("住在北京") is not redacted: it names millions of people.
 */
final class AddressDetector implements Detector {
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
    public void detect(NormalizedText text, List<Span> out) {
        String s = text.text();
        // Every match of either pattern has a digit just before one of 号, 栋, 幢, 座 or 单 (a road's
        // house number, a building's number): most texts have none and skip both scans.
        boolean digitBeforeHao = false;
        boolean digitBeforeBuilding = false;
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c == '号' || c == '栋' || c == '幢' || c == '座' || c == '单') && isDigit(s.charAt(i - 1))) {
                digitBeforeBuilding = true;
                digitBeforeHao |= c == '号';
            }
        }
        if (digitBeforeHao) {
            streets(s, out);
        }
        if (digitBeforeBuilding) {
            // A match starts at the first digit of a number ((?<!\d)\d+...): tried only there.
            for (MatchResult b : AnchoredMatches.of(BUILDING_ONLY, s, text.asciiPositions(), AddressDetector::numberStart)) {
                out.add(new Span(PiiType.ADDRESS, b.start(), b.end()));
            }
        }
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean numberStart(String s, int i) {
        return isDigit(s.charAt(i)) && (i == 0 || !isDigit(s.charAt(i - 1)));
    }

    /** A road's name ends with 路, 街, 大道, 巷, 弄 or 胡同: where {@code ROAD_AND_NUMBER} can start. */
    private static boolean roadStart(String s, int i) {
        char c = s.charAt(i);
        return c == '路' || c == '街' || c == '大' || c == '巷' || c == '弄' || c == '胡';
    }

    private static void streets(String s, List<Span> out) {
        // The full pattern is costly to try at every position: look only around a road with a number.
        int covered = 0;
        for (MatchResult anchor : AnchoredMatches.of(ROAD_AND_NUMBER, s, AddressDetector::roadStart)) {
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
