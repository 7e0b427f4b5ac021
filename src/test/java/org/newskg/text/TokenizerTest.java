package org.newskg.text;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class TokenizerTest {
    private static List<String> words(String s) {
        return Tokenizer.tokenize(s, 0, s.length()).stream().map(Token::text).toList();
    }

    @Test
    void givenAcronymsPossessivesAndHyphens_whenTokenized_thenEachIsWhereNamesCanBeFound() {
        assertEquals(List.of("U.S.", "and", "Azerbaijan", "’s", "Armenia", "-", "Azerbaijan", "border"),
                words("U.S. and Azerbaijan’s Armenia-Azerbaijan border"));
    }

    @Test
    void givenInitialsAndApostropheNames_whenTokenized_thenTheyStayWhole() {
        assertEquals(List.of("J.", "O'Brien", "said", "1,200", "died"), words("J. O'Brien said 1,200 died"));
    }
}
