package dev.citebot.mattermost;

import dev.citebot.http.Json;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/** Posts a delayed command response as JSON to the {@code response_url} Mattermost gave with the command. */
final class ResponseUrlPoster {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    void post(String responseUrl, Map<String, Object> message) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(responseUrl)).timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Json.plain().writeValueAsBytes(message))).build();
        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        if (status / 100 != 2) {
            // the status only: the URL itself lets anyone post to the channel for half an hour
            throw new IOException("response_url answered HTTP " + status);
        }
    }
}
