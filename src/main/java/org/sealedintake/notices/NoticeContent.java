package org.sealedintake.notices;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything a notice says, as its creator reads it: a statement of reasons (DSA Art. 17(3)), a
 * moderator's question, or an appeal outcome. It has no place for anything about reports: not their
 * text, attachments, number, times or authors (NoticeTypesHoldNoReportFieldsTest).
 */
public record NoticeContent(
        String contentRef,
        String restriction,
        List<String> territorialScope,
        LocalDate restrictionEndsOn,
        String facts,
        String ground,
        String legalGround,
        String explanation,
        Boolean automatedDetection,
        String automation,
        String question,
        String appealOutcome,
        List<String> redress) {

    public NoticeContent {
        territorialScope = territorialScope == null ? List.of() : List.copyOf(territorialScope);
        redress = redress == null ? List.of() : List.copyOf(redress);
    }

    /** The texts a moderator wrote: each passes the creator-text guard before the notice is stored. */
    List<String> freeTexts() {
        return java.util.stream.Stream.of(facts, legalGround, explanation, question)
                .filter(java.util.Objects::nonNull).toList();
    }

    public static NoticeContent question(String contentRef, String question, List<String> redress) {
        return new NoticeContent(contentRef, null, List.of(), null, null, null, null, null, null, null, question, null, redress);
    }
}
