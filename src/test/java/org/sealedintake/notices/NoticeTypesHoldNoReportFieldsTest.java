package org.sealedintake.notices;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.sealedintake.notices.view.CreatorNoticeSummary;
import org.sealedintake.notices.view.CreatorNoticeView;

/**
 * Threat T1/T16: the types a creator receives cannot hold report text, attachments, reporter fields,
 * report counts or report arrival times. Walks every component: names that speak of reports and
 * types that could carry them (anything but plain values) fail.
 */
class NoticeTypesHoldNoReportFieldsTest {
    static final List<Class<?>> CREATOR_TYPES = List.of(CreatorNoticeView.class, CreatorNoticeSummary.class, NoticeContent.class);
    private static final Pattern REPORT_WORDS = Pattern.compile(
            "(?i).*(report|description|attach|image|count|number|received|arriv|victim|contact|identity|subject|email|phone|wechat|name|flagger|source).*");
    private static final Set<Type> PLAIN = Set.of(String.class, Boolean.class, boolean.class, Instant.class, LocalDate.class,
            UUID.class);

    @Test
    void creatorFacingTypesHoldOnlyPlainNoticeFields() {
        List<String> problems = new ArrayList<>();
        for (Class<?> type : CREATOR_TYPES) {
            problems.addAll(problemsOf(type));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theWalkFindsAReportFieldWhereOneIsAdded() {
        record Leaky(UUID id, String reporterAccount, List<Integer> reportCounts, Object anything) {
        }
        List<String> problems = problemsOf(Leaky.class);
        assertFalse(problems.isEmpty());
        assertEquals(3, problems.stream().filter(p -> p.contains("reporterAccount") || p.contains("reportCounts")
                || p.contains("anything")).map(p -> p.split(" ")[0]).distinct().count(), problems.toString());
    }

    private static List<String> problemsOf(Class<?> type) {
        List<String> out = new ArrayList<>();
        for (RecordComponent c : type.getRecordComponents()) {
            String where = type.getSimpleName() + "." + c.getName();
            if (REPORT_WORDS.matcher(c.getName()).matches()) {
                out.add(where + " is named like a report field");
            }
            Type generic = c.getGenericType();
            boolean plain = PLAIN.contains(generic)
                    || generic instanceof ParameterizedType p && p.getRawType() == List.class
                            && p.getActualTypeArguments()[0] == String.class;
            if (!plain) {
                out.add(where + " has type " + generic.getTypeName() + ", which could carry more than a value");
            }
        }
        return out;
    }
}
