package dev.citebot.slack;

import dev.citebot.App;
import dev.citebot.support.Citebots;
import dev.citebot.support.Http;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real Citebot on the Slack tests' seeds, a loopback stand-in playing Slack (its Web API and the response URLs)
 * and a client that signs requests as Slack does, started once for a test class:
 * {@code @RegisterExtension static final SlackStage STAGE = SlackStage.slack(Map.of(...));}.
 * After each test it checks that the test read everything Citebot posted, so nothing leaks into the next one.
 */
final class SlackStage implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {
    private final Map<String, String> settings;
    private final String secret;
    private FakeSlack slack;
    private App app;
    private SlackRequests requests;
    private Path data;

    private SlackStage(Map<String, String> settings, String secret) {
        this.settings = settings;
        this.secret = secret;
    }

    /** Slack's endpoints on (the test signing secret); Slack's Web API is the stand-in. */
    static SlackStage slack(Map<String, String> settings) {
        return new SlackStage(settings, TestCitebot.SECRET);
    }

    /** No Slack signing secret, so Slack's endpoints are off; the stand-in plays Mattermost's response URLs. */
    static SlackStage mattermost(Map<String, String> settings) {
        return new SlackStage(settings, "no-slack-secret");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        Path folder = Citebots.temporary("citebot-slack-test");
        slack = new FakeSlack();
        Map<String, String> environment = new HashMap<>(settings);
        if (secret.equals(TestCitebot.SECRET)) {
            environment.put("CITEBOT_SLACK_SIGNING_SECRET", secret);
            environment.put("CITEBOT_SLACK_API_URL", slack.apiUrl());
        }
        data = folder.resolve("data");
        app = TestCitebot.start(TestCitebot.seeds(Files.createDirectory(folder.resolve("seeds"))), data, environment);
        requests = new SlackRequests(app.port(), secret);
    }

    @Override
    public void afterEach(ExtensionContext context) throws InterruptedException {
        slack.assertDrained();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        app.close();
        slack.close();
    }

    /** What Citebot posted to Slack (or Mattermost), in order. */
    FakeSlack slack() {
        return slack;
    }

    SlackRequests requests() {
        return requests;
    }

    /** A plain HTTP client to the same server, for its other front doors (the widget's feedback, say). */
    Http http() {
        return new Http(app.port());
    }

    /** The server's port. */
    int port() {
        return app.port();
    }

    /** The server's data folder (feedback, seen events). */
    Path data() {
        return data;
    }
}
