package dev.citebot.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Reads a Server-Sent Events body into its events. */
public final class Sse {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    public record Event(String name, String data) {
        public JsonNode json() {
            try {
                return MAPPER.readTree(data);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + data, e);
            }
        }
    }

    private Sse() {
    }

    public static List<Event> parse(String body) {
        List<Event> events = new ArrayList<>();
        for (String block : body.split("\n\n")) {
            String name = "message";
            StringBuilder data = new StringBuilder();
            for (String line : block.split("\n")) {
                if (line.startsWith("event: ")) {
                    name = line.substring(7);
                } else if (line.startsWith("data: ")) {
                    data.append(data.length() == 0 ? "" : "\n").append(line.substring(6));
                }
            }
            if (data.length() > 0) {
                events.add(new Event(name, data.toString()));
            }
        }
        return events;
    }

    /** The concatenated text of the {@code text} events. */
    public static String text(List<Event> events) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.name().equals("text")).forEach(e -> text.append(e.json().get("text").asText()));
        return text.toString();
    }
}
