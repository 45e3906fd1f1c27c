package dev.citebot.slack;

import dev.citebot.App;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real Citebot with the Slack endpoints on (the test signing secret), whose Slack Web API is a loopback
 * stand-in, and a client that signs requests as Slack does. Seeds and data live under the given folder.
 */
record SlackStage(FakeSlack slack, App app, SlackRequests requests) implements AutoCloseable {
    static SlackStage start(Path tmp, Map<String, String> settings) throws IOException {
        FakeSlack slack = new FakeSlack();
        Map<String, String> environment = new HashMap<>(settings);
        environment.put("CITEBOT_SLACK_SIGNING_SECRET", TestCitebot.SECRET);
        environment.put("CITEBOT_SLACK_API_URL", slack.apiUrl());
        Path seeds = TestCitebot.seeds(Files.createDirectory(tmp.resolve("seeds")));
        App app = TestCitebot.start(seeds, tmp.resolve("data"), environment);
        return new SlackStage(slack, app, new SlackRequests(app.port(), TestCitebot.SECRET));
    }

    @Override
    public void close() {
        app.close();
        slack.close();
    }
}
