package dev.citebot.api;

import dev.citebot.collections.CollectionException;
import dev.citebot.collections.Collections;
import dev.citebot.security.AccessControl;
import io.javalin.http.Context;

/**
 * The collection a request names (a body field, a query parameter, a path part or a model's name), checked once:
 * the request may read it ({@link AccessControl#requireCollection}: 401 or 403), and it exists (404).
 */
public final class CollectionScope {
    private final Collections collections;

    public CollectionScope(Collections collections) {
        this.collections = collections;
    }

    /** For a server put together without collections (tests of single front doors): {@code default} only. */
    public static CollectionScope defaultOnly() {
        return new CollectionScope(null);
    }

    /** The collection named, {@code default} when none is; refused unless the request may read it and it exists. */
    public String of(Context ctx, String requested) {
        String name = requested == null || requested.isBlank() ? Collections.DEFAULT : requested;
        AccessControl.requireCollection(ctx, name);
        if (collections == null) {
            if (!Collections.DEFAULT.equals(name)) {
                throw new CollectionException(CollectionException.Kind.NOT_FOUND, "no collection named that");
            }
            return name;
        }
        return collections.require(name);
    }

    /** The collection named by the {@code collection} query parameter. */
    public String fromQuery(Context ctx) {
        return of(ctx, ctx.queryParam("collection"));
    }
}
