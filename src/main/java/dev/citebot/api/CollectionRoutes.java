package dev.citebot.api;

import dev.citebot.collections.CollectionInfo;
import dev.citebot.collections.Collections;
import dev.citebot.collections.Upload;
import dev.citebot.collections.UploadedDocument;
import dev.citebot.http.ApiException;
import dev.citebot.http.BoundedBody;
import dev.citebot.http.JsonBody;
import dev.citebot.http.Role;
import dev.citebot.http.Routes;
import dev.citebot.security.AccessControl;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Collections and their documents: create, list and delete collections; upload, list, show, replace and remove
 * documents. Writes need the admin key; reads, a key that may read the collection. Uploads are read whole, bounded
 * by {@code upload.max.bytes} (413, nothing stored) and {@code upload.read.seconds}, then handed to
 * {@link Collections}, which stores them and indexes them in the background. A reader replica of a shared store
 * refuses every change with 409.
 */
public final class CollectionRoutes implements Routes {
    static final String COLLECTIONS = "/api/collections";
    static final String DOCUMENTS = COLLECTIONS + "/{name}/documents";

    private final Collections collections;
    private final CollectionScope scope;
    private final JsonBody json;
    private final BoundedBody uploads;

    public CollectionRoutes(Collections collections, CollectionScope scope, JsonBody json, BoundedBody uploads) {
        this.collections = collections;
        this.scope = scope;
        this.json = json;
        this.uploads = uploads;
    }

    /** Body of {@code POST /api/collections}. */
    record CreateRequest(String name, List<String> keys) {
    }

    @Override
    public void register(JavalinConfig config) {
        config.routes.beforeMatched(this::refuseChangesOnReader); // after access control: 401/403 come first
        config.routes.post(COLLECTIONS, this::create, Role.ADMIN);
        config.routes.get(COLLECTIONS, this::list, Role.READ);
        config.routes.delete(COLLECTIONS + "/{name}", this::delete, Role.ADMIN);
        config.routes.post(DOCUMENTS, this::upload, Role.ADMIN);
        config.routes.get(DOCUMENTS, this::documents, Role.READ);
        config.routes.get(DOCUMENTS + "/{id}", this::document, Role.READ);
        config.routes.put(DOCUMENTS + "/{id}", this::replace, Role.ADMIN);
        config.routes.delete(DOCUMENTS + "/{id}", this::remove, Role.ADMIN);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("/openapi/collections.json");
    }

    /**
     * On a reader replica every route that changes collections (those of the admin role here) is a 409, before its
     * body is read: the collections are the shared store's, and the writer changes them.
     */
    void refuseChangesOnReader(Context ctx) {
        if (collections.follows() && ctx.endpoint().path.startsWith(COLLECTIONS)
                && Role.access(ctx.routeRoles()) == Role.ADMIN) {
            throw new ApiException(HttpStatus.CONFLICT, Collections.READER_REFUSAL);
        }
    }

    void create(Context ctx) {
        CreateRequest request = json.read(ctx, CreateRequest.class);
        ctx.status(HttpStatus.CREATED).json(collections.create(request.name(), request.keys()));
    }

    void list(Context ctx) {
        List<CollectionInfo> open = collections.list().stream()
                .filter(c -> AccessControl.opens(ctx, c.name())).toList();
        ctx.json(Map.of("collections", open));
    }

    void delete(Context ctx) {
        String name = scope.of(ctx, ctx.pathParam("name"));
        collections.delete(name);
        ctx.json(Map.of("deleted", name));
    }

    void upload(Context ctx) {
        String name = scope.of(ctx, ctx.pathParam("name"));
        List<UploadedDocument> stored = collections.upload(name, files(ctx));
        ctx.status(HttpStatus.ACCEPTED).json(Map.of("documents",
                stored.stream().map(d -> withStatusUrl(name, d)).toList()));
    }

    void documents(Context ctx) {
        String name = scope.of(ctx, ctx.pathParam("name"));
        ctx.json(Map.of("documents", collections.documents(name).stream().map(d -> withStatusUrl(name, d)).toList()));
    }

    void document(Context ctx) {
        String name = scope.of(ctx, ctx.pathParam("name"));
        ctx.json(withStatusUrl(name, collections.document(name, ctx.pathParam("id"))));
    }

    void replace(Context ctx) {
        String name = scope.of(ctx, ctx.pathParam("name"));
        String id = ctx.pathParam("id");
        collections.document(name, id); // 404 before the body is read
        List<Upload> files = files(ctx);
        if (files.size() != 1) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "a replacement is one file, got " + files.size());
        }
        ctx.status(HttpStatus.ACCEPTED).json(withStatusUrl(name, collections.replace(name, id, files.get(0))));
    }

    void remove(Context ctx) {
        String name = scope.of(ctx, ctx.pathParam("name"));
        String id = ctx.pathParam("id");
        collections.remove(name, id);
        ctx.json(Map.of("deleted", id));
    }

    /** The files of a multipart body ({@code file} parts), or the raw body named by {@code ?filename=}. */
    private List<Upload> files(Context ctx) {
        String contentType = ctx.contentType();
        if (contentType == null || contentType.isBlank()) {
            throw new ApiException(HttpStatus.UNSUPPORTED_MEDIA_TYPE,
                    "send multipart/form-data with 'file' parts, or the file itself with its Content-Type");
        }
        byte[] body = uploads.read(ctx);
        if (Multipart.is(contentType)) {
            return Multipart.files(contentType, body);
        }
        String filename = ctx.queryParam("filename");
        return List.of(new Upload(filename == null ? "" : filename, contentType, body));
    }

    /** A document with the URL its status is read at. */
    private static Map<String, Object> withStatusUrl(String collection, UploadedDocument d) {
        Map<String, Object> shown = new LinkedHashMap<>();
        shown.put("id", d.id());
        shown.put("name", d.name());
        shown.put("content_type", d.contentType());
        shown.put("size_bytes", d.sizeBytes());
        shown.put("uploaded", d.uploaded());
        shown.put("status", d.status());
        if (d.reason() != null) {
            shown.put("reason", d.reason());
        }
        shown.put("status_url", COLLECTIONS + "/" + collection + "/documents/" + d.id());
        return shown;
    }
}
