package dev.citebot.slack;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The manifest people paste into Slack must point Slack at the endpoints Citebot serves, with the scopes they need. */
class SlackAppManifestTest {
    @Test
    void theManifestSendsCommandsEventsAndClicksToCitebotsEndpointsWithTheScopesTheyNeed() throws Exception {
        String manifest = Files.readString(Path.of("config", "slack-app-manifest.yml"));

        for (String expected : new String[] {
                "url: https://citebot.example.com" + SlackFrontDoor.COMMANDS,
                "request_url: https://citebot.example.com" + SlackFrontDoor.EVENTS,
                "request_url: https://citebot.example.com" + SlackFrontDoor.INTERACTIONS,
                "- app_mention", "- message.im",
                "- app_mentions:read", "- chat:write", "- commands", "- im:history",
                "socket_mode_enabled: false"}) {
            assertTrue(manifest.contains(expected), "the manifest has " + expected);
        }
    }
}
