package dev.citebot.openai;

import dev.citebot.collections.Collections;
import dev.citebot.pipeline.Question;
import dev.citebot.security.AccessControl;
import io.javalin.http.Context;
import java.util.List;

/**
 * Citebot's models, one per collection: {@code citebot} answers from the default collection, {@code citebot:hr}
 * from {@code hr}. A request without a model, or with another name without the {@code citebot:} prefix, asks the
 * default collection (as before collections existed); {@code citebot:NAME} of no collection is OpenAI's 404.
 */
public final class Models {
    private static final String PREFIX = Completions.MODEL + ":";
    private final Collections collections;

    public Models(Collections collections) {
        this.collections = collections;
    }

    static Models defaultOnly() {
        return new Models(null);
    }

    /** The ids of the models the request may use, {@code citebot} first. */
    List<String> listed(Context ctx) {
        List<String> names = collections == null ? List.of(Question.DEFAULT_COLLECTION) : collections.names();
        return names.stream().filter(n -> AccessControl.opens(ctx, n)).map(Models::id).toList();
    }

    static String id(String collection) {
        return Question.DEFAULT_COLLECTION.equals(collection) ? Completions.MODEL : PREFIX + collection;
    }

    /** The collection a model's name asks, once the request may read it; OpenAI's 404 for an unknown one. */
    String collection(Context ctx, String model) {
        if (model == null || !model.startsWith(PREFIX)) {
            AccessControl.requireCollection(ctx, Question.DEFAULT_COLLECTION);
            return Question.DEFAULT_COLLECTION;
        }
        String name = model.substring(PREFIX.length());
        if (collections == null || !collections.exists(name) || Question.DEFAULT_COLLECTION.equals(name)) {
            throw InvalidParameter.unknownModel(model);
        }
        AccessControl.requireCollection(ctx, name);
        return name;
    }
}
