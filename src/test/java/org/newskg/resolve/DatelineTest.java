package org.newskg.resolve;

import org.junit.jupiter.api.Test;
import org.newskg.ingest.Article;
import org.newskg.recognize.Knowledge;
import org.newskg.recognize.Recognizer;
import org.newskg.text.Segmenter;
import org.newskg.text.TextLayer;

import static org.junit.jupiter.api.Assertions.*;

class DatelineTest {
    private static Resolution resolve(String text) {
        TextLayer layer = Segmenter.segment(new Article("test", "test.txt", null, null, null, null, null, text));
        Knowledge k = Knowledge.standard();
        return new Resolver(k).resolve(layer, new Recognizer(k).recognize(layer));
    }

    /** The dateline's words, or "-" when there is none. */
    private static String dateline(String text) {
        TextLayer layer = Segmenter.segment(new Article("test", "test.txt", null, null, null, null, null, text));
        Dateline d = resolve(text).dateline();
        if (d == null) return "-";
        var s = layer.sentences().get(d.sentence());
        String words = text.substring(s.token(d.first()).begin(), s.token(d.end() - 1).end());
        return words + " | " + (d.country() == null ? "-" : d.country().label());
    }

    @Test
    void givenAgencyDatelineInCapitals_whenResolved_thenTheCityAndItsCountry() {
        assertEquals("YEREVAN | Armenia", dateline("YEREVAN, SEPTEMBER 13, ARMENPRESS. The government met on Tuesday."));
    }

    @Test
    void givenCityThenCountryThenWire_whenResolved_thenBothAreTheDateline() {
        assertEquals("NAIROBI, Kenya | Kenya", dateline("NAIROBI, Kenya (Test Wire) — Kenya will send more police officers to Haiti."));
    }

    @Test
    void givenMixedCaseCityAndDash_whenResolved_thenDateline() {
        assertEquals("Paris | France", dateline("Paris — The French government said on Monday it would raise fuel taxes."));
    }

    @Test
    void givenMixedCaseCityAndComma_whenResolved_thenNoDatelineUnlessADateFollows() {
        assertEquals("-", dateline("Paris, the French capital, was calm on Monday."));
        assertEquals("Georgetown | Guyana", dateline("PRESS RELEASE\n\nGeorgetown, March 1, 2024\n\nThe ministry met on Friday."));
    }

    @Test
    void givenLiveBlogTimestamps_whenResolved_thenNoDateline() {
        assertEquals("-", dateline("Border live updates\n\n08:15 — Good morning. 09:40 GMT — Israel said it had struck targets."));
    }

    @Test
    void givenCapitalsCityLaterInTheArticle_whenResolved_thenNotTheDateline() {
        String text = "First line here. Second one. Third one. Fourth one. Fifth one. Sixth one. Seventh.\n\nMOSCOW, May 2 - Talks began.";
        assertEquals("-", dateline(text));
    }

    @Test
    void givenDatelineCountry_whenRelated_thenNotTheOwnerOfAPostInTheSentence() {
        Resolution r = resolve("NAIROBI, Kenya (Test Wire) — Soldiers in Malawi detained President Joseph Banda on Monday.");
        assertTrue(r.actors(0).stream().filter(r::inDateline).allMatch(a -> a.how() != ActorSpan.How.CAPITAL),
                r.actors(0).toString());
        assertTrue(r.actors(0).stream().anyMatch(a -> r.inDateline(a) && a.entity().label().equals("Kenya")), r.actors(0).toString());
    }

    @Test
    void givenCityAndDateThenADeskAfterASeparator_whenResolved_thenDateline() {
        assertEquals("Quito | Ecuador", dateline("Minister resigns over spill\n\nQuito, 8 June 2026 | Political desk\n\nThe minister resigned on Monday."));
    }
}
