package org.sealedintake.redaction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one reader of the shipped word lists (redaction's name detector and sealing's variants share it). */
class WordListTest {

    @Test
    void readsWhiteSpaceSeparatedWordsAndSkipsCommentLines() {
        // Only a line that starts with '#' is a comment; a '#' later on a line is read as a word.
        assertEquals(Set.of("王", "李", "欧阳", "zhang", "#", "not", "a", "comment:", "word", "like", "any", "other"),
                WordList.load("/wordlist/sample.txt"));
    }

    @Test
    void aMissingListStopsTheStartWithItsName() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> WordList.load("/names/no-such-list.txt"));
        assertTrue(e.getMessage().contains("/names/no-such-list.txt"), e.getMessage());
    }

    @Test
    void theShippedSurnameListHasItsWordsAndNoComments() {
        Set<String> surnames = WordList.load("/names/zh-surnames.txt");
        assertTrue(surnames.contains("王") && surnames.contains("欧阳"), "common single and compound surnames");
        assertFalse(surnames.stream().anyMatch(w -> w.startsWith("#")), "no comment text read as a word");
    }
}
