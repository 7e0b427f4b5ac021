package org.newskg.relate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

class CasualtiesTest {
    @Test
    void givenKilledAndWounded_whenCounted_thenBothNumbersAreRead() {
        assertArrayEquals(new int[] {12, 5}, Casualties.count("Twelve soldiers were killed and five were wounded on Monday."));
    }

    @Test
    void givenUpperCaseVerbs_whenCounted_thenTheyStillCount() {
        assertArrayEquals(new int[] {3, 2}, Casualties.count("SHELLING KILLED THREE AND INJURING 2 NEAR THE BRIDGE"));
    }

    @Test
    void givenDeathsOf_whenCounted_thenTheNumberAfterItIsRead() {
        assertArrayEquals(new int[] {1200, -1}, Casualties.count("The storm caused the deaths of 1,200 farmers."));
    }

    @Test
    void givenNoCasualtyWord_whenCounted_thenNeitherNumberIsGiven() {
        assertArrayEquals(new int[] {-1, -1}, Casualties.count("Three ministers met for five hours."));
    }
}
