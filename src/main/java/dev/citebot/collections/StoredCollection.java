package dev.citebot.collections;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.citebot.http.Json;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.ingest.IngestFailure;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.reindex.ReindexListener;
import dev.citebot.reindex.ReindexReport;
import dev.citebot.reindex.Reindexer;
import dev.citebot.config.Keys;
import dev.citebot.files.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One created collection on disk, under {@code data.dir/collections/NAME/}: {@code collection.json} (its name and
 * the digests of its own keys), {@code files/ID/NAME} (each document in a folder named by its random id, under its
 * sanitised name: what is indexed), {@code meta/ID.json} (the name it was sent with, its status) and
 * {@code incoming/} (files being written, moved into {@code files/} whole). Its {@link Reindexer} indexes
 * {@code files/} into the collection's own index; the statuses follow its runs.
 */
final class StoredCollection implements ReindexListener {
    private static final Logger LOG = LoggerFactory.getLogger(StoredCollection.class);
    private static final ObjectMapper JSON = Json.mapper();
    private static final SecureRandom RANDOM = new SecureRandom();
    static final int ID_HEX = 12;

    /** {@code meta/ID.json}: the document and the path it is indexed under, relative to {@code files/}. */
    record Meta(UploadedDocument document, String file) {
    }

    final String name;
    final CollectionDescriptor descriptor;
    final Path dir;
    final Keys keys;
    private final Path files;
    private final Path meta;
    private final Path incoming;
    private final Pipeline pipeline;
    private final ReindexListener metrics;
    private final Map<String, Meta> documents = new ConcurrentHashMap<>();
    private final Reindexer reindexer;

    private StoredCollection(CollectionDescriptor descriptor, Path dir, Keys keys, Pipeline pipeline,
                             ReindexListener metrics) {
        this.name = descriptor.name();
        this.descriptor = descriptor;
        this.dir = dir;
        this.keys = keys;
        this.files = dir.resolve("files");
        this.meta = dir.resolve("meta");
        this.incoming = dir.resolve("incoming");
        this.pipeline = pipeline;
        this.metrics = metrics;
        this.reindexer = new Reindexer(pipeline, name, files, this);
    }

    /** Creates the collection's folders and descriptor; then opens it. */
    static StoredCollection create(Path dir, CollectionDescriptor descriptor, Keys settingKeys, Pipeline pipeline,
                                   ReindexListener metrics) throws IOException {
        Path parts = Files.createDirectories(dir.resolve("incoming")).getParent();
        Files.createDirectories(parts.resolve("files"));
        Files.createDirectories(parts.resolve("meta"));
        writeJson(dir.resolve("collection.json"), descriptor, dir.resolve("incoming"));
        return open(dir, settingKeys, pipeline, metrics);
    }

    /** Opens a collection a previous run created: its documents queued until its first index is built. */
    static StoredCollection open(Path dir, Keys settingKeys, Pipeline pipeline, ReindexListener metrics)
            throws IOException {
        CollectionDescriptor descriptor = JSON.readValue(dir.resolve("collection.json").toFile(),
                CollectionDescriptor.class);
        StoredCollection c = new StoredCollection(descriptor, dir,
                settingKeys.and(Keys.ofDigests(descriptor.keyDigests())), pipeline, metrics);
        Files.createDirectories(c.incoming);
        Files.createDirectories(c.files);
        Files.createDirectories(c.meta);
        try (Stream<Path> metas = Files.list(c.meta)) {
            for (Path file : metas.filter(p -> p.toString().endsWith(".json")).toList()) {
                Meta m = JSON.readValue(file.toFile(), Meta.class);
                boolean failed = UploadedDocument.FAILED.equals(m.document().status());
                c.documents.put(m.document().id(), failed ? m
                        : new Meta(m.document().with(UploadedDocument.QUEUED, null), m.file()));
            }
        }
        return c;
    }

    void index(String reason) {
        reindexer.request(reason);
    }

    /** Stores the file (whole, or not at all) and queues it for indexing; its id answers at once. */
    UploadedDocument add(Upload upload, String safeName) throws IOException {
        String hex = HexFormat.of().formatHex(randomBytes());
        String file = hex + "/" + safeName;
        String id = dev.citebot.ingest.DocumentIds.slug(file);
        UploadedDocument doc = new UploadedDocument(id, upload.fileName(), upload.contentType(),
                upload.bytes().length, Instant.now().toString(), UploadedDocument.QUEUED, null);
        place(upload.bytes(), file);
        save(new Meta(doc, file));
        return doc;
    }

    /** Replaces a document's bytes (its id and stored name stay); queued for indexing again. */
    UploadedDocument replace(String id, Upload upload) throws IOException {
        Meta before = find(id);
        UploadedDocument doc = new UploadedDocument(id, upload.fileName(), upload.contentType(),
                upload.bytes().length, Instant.now().toString(), UploadedDocument.QUEUED, null);
        place(upload.bytes(), before.file());
        save(new Meta(doc, before.file()));
        return doc;
    }

    /** Removes a document's file and metadata, then waits for the index without it. */
    void remove(String id) throws IOException {
        Meta m = find(id);
        Folders.deleteTree(files.resolve(m.file()).getParent());
        Files.deleteIfExists(meta.resolve(hex(m) + ".json"));
        documents.remove(id);
        reindexer.request("document removed").join();
    }

    Optional<UploadedDocument> document(String id) {
        return Optional.ofNullable(documents.get(id)).map(Meta::document);
    }

    List<UploadedDocument> documents() {
        return documents.values().stream().map(Meta::document)
                .sorted(Comparator.comparing(UploadedDocument::uploaded).thenComparing(UploadedDocument::id)).toList();
    }

    Meta find(String id) {
        Meta m = documents.get(id);
        if (m == null) {
            throw new CollectionException(CollectionException.Kind.NOT_FOUND,
                    "collection '" + name + "' has no document '" + FileNames.shown(id) + "'");
        }
        return m;
    }

    /** Stops indexing and deletes every file of the collection. */
    void delete() throws IOException {
        reindexer.close();
        pipeline.drop(name);
        Folders.deleteTree(dir);
    }

    void close() {
        reindexer.close();
    }

    @Override
    public void started(String reason) {
        documents.replaceAll((id, m) -> UploadedDocument.QUEUED.equals(m.document().status())
                ? new Meta(m.document().with(UploadedDocument.INDEXING, null), m.file()) : m);
    }

    /** Documents in the new index are ready; those that failed are failed with the reason, and their file goes. */
    @Override
    public void reindexed(ReindexReport report) {
        metrics.reindexed(name, report);
        KnowledgeIndex index = pipeline.current(name);
        for (Meta m : List.copyOf(documents.values())) {
            UploadedDocument doc = m.document();
            if (!doc.status().equals(UploadedDocument.QUEUED) && !doc.status().equals(UploadedDocument.INDEXING)) {
                continue;
            }
            Optional<IngestFailure> failure = report.failed().stream().filter(f -> f.path().equals(m.file())).findFirst();
            if (failure.isPresent()) {
                failed(m, failure.get().reason());
            } else if (index.document(doc.id()).isPresent()) {
                update(m, doc.with(UploadedDocument.READY, null));
            }
        }
    }

    @Override
    public void reindexFailed(long tookMs) {
        metrics.reindexFailed(tookMs);
        documents.replaceAll((id, m) -> UploadedDocument.INDEXING.equals(m.document().status())
                ? new Meta(m.document().with(UploadedDocument.QUEUED, null), m.file()) : m);
    }

    /**
     * A file that could not be indexed is deleted (its metadata keeps the reason), so that later runs do not parse
     * a hostile file again.
     */
    private void failed(Meta m, String reason) {
        LOG.warn("collection {}: document {} failed: {}", name, m.document().id(), reason);
        try {
            Folders.deleteTree(files.resolve(m.file()).getParent());
        } catch (IOException e) {
            LOG.warn("collection {}: cannot delete the failed file of {}: {}", name, m.document().id(), e.getMessage());
        }
        update(m, m.document().with(UploadedDocument.FAILED, reason));
    }

    private void update(Meta m, UploadedDocument doc) {
        Meta now = new Meta(doc, m.file());
        if (documents.replace(doc.id(), m, now)) {
            try {
                writeJson(meta.resolve(hex(now) + ".json"), now, incoming);
            } catch (IOException e) {
                LOG.warn("collection {}: cannot record the status of {}: {}", name, doc.id(), e.getMessage());
            }
        }
    }

    private void save(Meta m) throws IOException {
        writeJson(meta.resolve(hex(m) + ".json"), m, incoming);
        documents.put(m.document().id(), m);
    }

    /** Writes the bytes beside, then moves them into place in one step: a run never reads half a file. */
    private void place(byte[] bytes, String file) throws IOException {
        Path target = files.resolve(file);
        Path part = Files.createTempFile(incoming, "upload-", ".part");
        try {
            Files.write(part, bytes);
            Files.createDirectories(target.getParent());
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    private static String hex(Meta m) {
        return m.file().substring(0, m.file().indexOf('/'));
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[ID_HEX / 2];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private static void writeJson(Path target, Object value, Path scratch) throws IOException {
        Path part = Files.createTempFile(scratch, "meta-", ".part");
        try {
            JSON.writeValue(part.toFile(), value);
            Files.move(part, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
