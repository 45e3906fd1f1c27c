package dev.citebot.slack;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The Slack tests' seeds and questions, and a Citebot started by {@link Citebots} (the one starter). */
final class TestCitebot {
    static final String SECRET = "8f742231b10e8888abcd99yyyzzz85a5";
    static final String BOT_TOKEN = "xoxb-test-bot-token";
    static final String ANSWERABLE = "When was President Bazoum ousted?";
    static final String DECLINED = "Who won the 2022 FIFA World Cup?";
    /** Answered from the harbour notice, whose sentence holds a channel ping, a user mention and a disguised link. */
    static final String HOSTILE = "When did the Port of Valdoria reopen to cargo ships?";

    private TestCitebot() {
    }

    /** The real seed and a notice written to ping everyone if it were pasted into Slack unescaped. */
    static Path seeds(Path dir) throws IOException {
        Files.copy(Path.of("seeds", "niger-crisis-putin-ecowas.txt"), dir.resolve("niger-crisis-putin-ecowas.txt"));
        Files.writeString(dir.resolve("harbour-notice.txt"), """
                Harbour notice

                The Port of Valdoria reopened to cargo ships on March 3 <!channel> @here <@U0ADMIN> see <https://evil|x> & [more](https://evil).
                Fishing boats may use the northern quay from April onwards.
                """);
        return dir;
    }

    static App start(Path seeds, Path data, Map<String, String> settings) {
        Map<String, String> environment = new HashMap<>(Map.of("CITEBOT_DATA_DIR", data.toString()));
        environment.putAll(settings);
        return Citebots.server(seeds, environment);
    }
}
