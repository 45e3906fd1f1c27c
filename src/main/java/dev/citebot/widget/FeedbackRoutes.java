package dev.citebot.widget;

import io.javalin.http.HttpStatus;
import dev.citebot.api.CollectionScope;
import dev.citebot.http.Role;
import dev.citebot.http.ApiException;
import dev.citebot.http.WholeNumbers;
import dev.citebot.http.JsonBody;
import dev.citebot.feedback.Feedback;
import dev.citebot.feedback.FeedbackLine;
import dev.citebot.feedback.FeedbackLog;
import dev.citebot.feedback.FeedbackStore;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /api/feedback} stores a rating, with the collection that answered (one the caller may read); {@code GET
 * /api/feedback} exports them all, or with {@code ?limit=N} the N most recent, newest first, and with
 * {@code ?collection=} only that collection's (an admin route; the admin page shows them).
 */
final class FeedbackRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(FeedbackRoutes.class);
    static final int MAX_QUESTION_CHARS = 2_000;
    static final int MAX_ANSWER_CHARS = 20_000;
    static final int MAX_COMMENT_CHARS = 2_000;
    static final int MAX_CITATIONS = 50;
    static final int MAX_LIMIT = 1_000;
    private static final Set<String> RATINGS = Set.of("up", "down");
    private static final Set<String> SOURCES = Set.of("widget", "api");

    private final FeedbackLog store;
    private final JsonBody body;
    private final CollectionScope scope;

    FeedbackRoutes(FeedbackLog store, JsonBody body, CollectionScope scope) {
        this.store = store;
        this.body = body;
        this.scope = scope;
    }

    void register(JavalinConfig config) {
        config.routes.post("/api/feedback", this::rate, Role.READ, Role.WIDGET);
        config.routes.get("/api/feedback", this::export, Role.ADMIN);
    }

    void rate(Context ctx) {
        FeedbackRequest request = body.read(ctx, FeedbackRequest.class);
        Feedback feedback = feedback(request, scope.of(ctx, request.collection()));
        try {
            store.append(feedback);
        } catch (FeedbackStore.Full full) {
            LOG.warn("feedback refused: {}", full.getMessage());
            throw new ApiException(HttpStatus.INSUFFICIENT_STORAGE, "feedback storage is full; no more feedback is taken until an operator "
                    + "makes room");
        } catch (FeedbackStore.Unavailable e) {
            LOG.warn("feedback refused: {}", e.getMessage()); // the reason, without a stack trace
            ctx.header("Retry-After", "60");
            throw new ApiException(HttpStatus.SERVICE_UNAVAILABLE, "feedback cannot be stored right now; try again later");
        }
        ctx.status(201).json(Map.of("status", "stored"));
    }

    void export(Context ctx) {
        List<Feedback> all = store.all();
        if (ctx.queryParam("collection") != null) {
            String collection = scope.fromQuery(ctx);
            all = all.stream().filter(f -> f.collection().equals(collection)).toList();
        }
        String limit = ctx.queryParam("limit");
        if (limit != null) {
            int last = WholeNumbers.parse("limit", limit, 1, MAX_LIMIT);
            all = new ArrayList<>(all.subList(Math.max(0, all.size() - last), all.size()));
            java.util.Collections.reverse(all);
        }
        ctx.header("Cache-Control", "no-store").json(Map.of("feedback", all.stream().map(FeedbackLine::of).toList()));
    }

    /** The rating sent, of an answer from {@code collection} (already checked). */
    static Feedback feedback(FeedbackRequest r, String collection) {
        if (r.rating() == null || !RATINGS.contains(r.rating())) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'rating' must be 'up' or 'down'");
        }
        String source = r.source() == null ? "api" : r.source();
        if (!SOURCES.contains(source)) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'source' must be 'widget' or 'api'");
        }
        return new Feedback(Instant.now(), source, collection, r.rating(),
                text(r.question(), "question", MAX_QUESTION_CHARS), text(r.answer(), "answer", MAX_ANSWER_CHARS),
                comment(r.comment()), null, citations(r.citations()));
    }

    private static List<Feedback.Source> citations(List<Feedback.Source> sent) {
        if (sent == null) {
            return List.of();
        }
        if (sent.size() > MAX_CITATIONS) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'citations' has more than " + MAX_CITATIONS + " entries");
        }
        return sent.stream().map(c -> new Feedback.Source(c.n(), text(c.path(), "citations[].path", MAX_COMMENT_CHARS),
                c.title() == null || c.title().isBlank() ? "" : text(c.title(), "citations[].title", MAX_COMMENT_CHARS),
                text(c.quote(), "citations[].quote", MAX_COMMENT_CHARS))).toList();
    }

    private static String text(String value, String field, int max) {
        if (value == null || value.isBlank()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + field + "' is required and must not be blank");
        }
        if (value.length() > max) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "'" + field + "' is longer than " + max + " characters");
        }
        return value.strip();
    }

    private static String comment(String comment) {
        return comment == null || comment.isBlank() ? null : text(comment, "comment", MAX_COMMENT_CHARS);
    }
}
