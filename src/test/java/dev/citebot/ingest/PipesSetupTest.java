package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.ConfigException;
import dev.citebot.config.ParseLimits;
import org.junit.jupiter.api.Test;

class PipesSetupTest {
    @Test
    void theParserProcessIsKeptForTheIdleTimeSet() {
        String xml = PipesSetup.xml("files", new ParseLimits(true, 60, 512, 2, 600));
        assertTrue(xml.contains("<shutdownClientAfterMillis>600000</shutdownClientAfterMillis>"), xml);
        assertTrue(xml.contains("<timeoutMillis>60000</timeoutMillis>"), xml);
        assertTrue(xml.contains("<arg>-Xmx512m</arg>"), xml);
    }

    @Test
    void anIdleTimeBelowOneSecondIsRefused() {
        assertThrows(ConfigException.class, () -> new ParseLimits(true, 60, 512, 1, 0));
    }
}
