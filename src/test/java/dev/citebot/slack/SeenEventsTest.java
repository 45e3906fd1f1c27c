package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class SeenEventsTest {
    private final ManualClock clock = new ManualClock();
    private final SeenEvents seen = new SeenEvents(clock, Duration.ofHours(1), 1000);

    @Test
    void anEventRetriedWithinTheHourIsRecognised() {
        assertTrue(seen.firstTime("Ev1"));
        clock.advance(Duration.ofMinutes(59));

        assertFalse(seen.firstTime("Ev1"));
    }

    @Test
    void anEventIsForgottenAfterTheHour() {
        seen.firstTime("Ev1");
        clock.advance(Duration.ofMinutes(61));

        assertTrue(seen.firstTime("Ev1"));
    }

    @Test
    void memoryStaysBoundedWhateverTheTraffic() {
        for (int i = 0; i < 5000; i++) {
            seen.firstTime("Ev" + i);
        }

        assertEquals(1000, seen.size());
        assertFalse(seen.firstTime("Ev4999"), "the most recent ids are kept");
        assertTrue(seen.firstTime("Ev0"), "the oldest made room");
    }

    @Test
    void aForgottenEventIsTakenOnWhenRetried() {
        seen.firstTime("Ev1");
        seen.forget("Ev1");

        assertTrue(seen.firstTime("Ev1"));
    }

    @Test
    void theDefaultsHoldAnHourOfSlacksMaximumDeliveryRate() {
        assertTrue(SeenEvents.DEFAULT_CAPACITY >= 30_000, "Slack sends at most 30,000 events a workspace an hour");
        assertTrue(SeenEvents.DEFAULT_WINDOW.compareTo(Duration.ofHours(1)) >= 0);
    }
}
