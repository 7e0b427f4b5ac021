package org.newskg.recognize;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class DatesTest {
    private static final LocalDate TUESDAY = LocalDate.of(2022, 9, 13);

    private static List<String> values(String text, LocalDate published) {
        return Dates.find(text, 0, text.length(), published).stream().map(Dates.Found::value).toList();
    }

    @Test
    void givenAbsoluteDates_whenFound_thenFullIsoDates() {
        assertEquals(List.of("2022-09-13", "2022-09-19", "2022-09-13"),
                values("on 13 September 2022, then Sep 19, 2022 and 2022-09-13", null));
    }

    @Test
    void givenDayWithoutYearAndNoPublicationDate_whenFound_thenYearStaysUnknown() {
        assertEquals(List.of("--09-13"), values("during the night of September 13", null));
    }

    @Test
    void givenDayWithoutYear_whenPublished_thenYearOfPublication() {
        assertEquals(List.of("2022-09-12"), values("on September 12", TUESDAY));
        assertEquals(List.of("2021-12-30"), values("on December 30", LocalDate.of(2022, 1, 3)));
    }

    @Test
    void givenRelativeDates_whenPublished_thenResolved() {
        assertEquals(List.of("2022-09-12"), values("Armenia resorted to provocation yesterday", TUESDAY));
        assertEquals(List.of("2022-09-09"), values("on Friday the talks began", TUESDAY));
        assertEquals(List.of("2022-09-13"), values("on Tuesday", TUESDAY));
        assertEquals(List.of("2022-09"), values("last week", TUESDAY));
    }

    @Test
    void givenRelativeDates_whenNotPublished_thenUnresolved() {
        assertEquals(List.of(""), values("yesterday", null));
    }

    @Test
    void givenMonthNameWithoutDay_whenFound_thenNothingFromMayAlone() {
        assertEquals(List.of(), values("Officials may meet again", TUESDAY));
    }

    @Test
    void givenRegionsWithAndWithoutDateWords_whenFound_thenOnlyTheRegionHoldingOneGivesADate() {
        String text = "The envoys talked for hours. THEY MET AGAIN ON MONDAY NIGHT. Talks resume LAST WEEK";
        int second = text.indexOf("THEY"), third = text.indexOf("Talks");
        assertEquals(List.of(), Dates.find(text, 0, second, TUESDAY));
        assertEquals(List.of(new Dates.Found(text.indexOf("ON MONDAY"), text.indexOf("NIGHT") + 5, "2022-09-12")),
                Dates.find(text, second, third, TUESDAY));
        assertEquals(List.of("2022-09"), Dates.find(text, third, text.length(), TUESDAY).stream().map(Dates.Found::value).toList());
    }
}
