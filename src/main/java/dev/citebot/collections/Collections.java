package dev.citebot.collections;

import dev.citebot.config.CollectionSettings;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.reindex.ReindexListener;
import dev.citebot.config.AllowedOrigins;
import dev.citebot.security.CollectionGuard;
import dev.citebot.config.Keys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The collections: {@code default}, the seeds folder indexed as it always was, and the ones created through the
 * API, each stored under {@code data.dir/collections/} ({@link StoredCollection}) with its own index in the one
 * {@link Pipeline}. Documents are added to a collection through {@link #upload}; each is parsed by the pipeline's
 * own loader (the isolated parser process, its limits) and indexed in the background by the collection's
 * {@code Reindexer}, while questions keep being answered from its last complete index. Knows nothing of HTTP.
 */
public final class Collections implements CollectionGuard, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Collections.class);
    public static final String DEFAULT = Question.DEFAULT_COLLECTION;
    /** Why a reader replica refuses every change to collections (a 409). */
    public static final String READER_REFUSAL = "this replica is a reader (index.writer=false): it serves the"
            + " collections of the shared store; create, delete and upload on the writer (index.writer=true),"
            + " and the readers follow it";

    private final Pipeline pipeline;
    private final Path root;
    private final CollectionSettings settings;
    private final ReindexListener metrics;
    private final Map<String, StoredCollection> created = new java.util.concurrent.ConcurrentHashMap<>();
    /** On a reader replica: the collections taken from the shared store, with their keys; empty otherwise. */
    private final Map<String, Keys> followed = new java.util.concurrent.ConcurrentHashMap<>();
    /** A reader: the writer's statuses of each followed collection's documents, as the store last gave them. */
    private final Map<String, List<UploadedDocument>> writerStatuses = new java.util.concurrent.ConcurrentHashMap<>();
    private final boolean follows;
    private final Map<String, Keys> settingKeys = new TreeMap<>();
    private final Map<String, Set<String>> origins = new TreeMap<>();

    private Collections(Pipeline pipeline, Path root, CollectionSettings settings, ReindexListener metrics,
                        boolean follows) {
        this.pipeline = pipeline;
        this.follows = follows;
        this.root = root;
        this.settings = settings;
        this.metrics = metrics;
        settings.keys().forEach((name, keys) -> settingKeys.put(name, new Keys(keys)));
        settings.origins().forEach((name, list) ->
                origins.put(name, AllowedOrigins.parse(String.join(",", list)).origins()));
    }

    /** Opens every collection a previous run created under {@code dataDir/collections} and indexes each again. */
    public static Collections open(Pipeline pipeline, Path dataDir, CollectionSettings settings,
                                   ReindexListener metrics) {
        Collections collections = new Collections(pipeline, dataDir.resolve("collections"), settings, metrics, false);
        collections.reopen();
        return collections;
    }

    /**
     * A reader replica's collections: {@code default} and those the shared store holds, given by {@link #follow}
     * and {@link #unfollow}; none of its own, and every change refused ({@link #READER_REFUSAL}).
     */
    public static Collections following(Pipeline pipeline, Path dataDir, CollectionSettings settings,
                                        ReindexListener metrics) {
        Path root = dataDir.resolve("collections");
        if (Files.isDirectory(root)) {
            LOG.warn("collections under {} are not served: a reader serves the collections of the shared store", root);
        }
        return new Collections(pipeline, root, settings, metrics, true);
    }

    private void reopen() {
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> dirs = Files.list(root)) {
            for (Path dir : dirs.filter(d -> Files.isRegularFile(d.resolve("collection.json"))).sorted().toList()) {
                try {
                    StoredCollection c = StoredCollection.open(dir, keysFromSettings(dir.getFileName().toString()),
                            pipeline, metrics);
                    created.put(c.name, c);
                    c.index("start");
                } catch (IOException | RuntimeException e) {
                    LOG.error("cannot open the collection in {}: {}", dir, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
        if (!created.isEmpty()) {
            LOG.info("collections re-opened: {}", created.keySet());
        }
    }

    /** Creates an empty collection, with API keys of its own besides those the settings give it. */
    public synchronized CollectionInfo create(String name, List<String> keys) {
        refuseOnReader();
        CollectionNames.check(name);
        if (exists(name)) {
            throw new CollectionException(CollectionException.Kind.CONFLICT, "collection '" + name + "' exists already");
        }
        List<String> digests = keys == null ? List.of()
                : keys.stream().filter(k -> k != null && !k.isBlank()).map(String::strip).map(Keys::digestHex).toList();
        try {
            StoredCollection c = StoredCollection.create(root.resolve(name),
                    new CollectionDescriptor(name, Instant.now().toString(), digests), keysFromSettings(name),
                    pipeline, metrics);
            created.put(name, c);
            c.index("created");
            LOG.info("collection {} created", name);
            return info(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create collection " + name, e);
        }
    }

    /** Deletes a collection and everything stored for it; {@code default} (the seeds folder) cannot be deleted. */
    public synchronized void delete(String name) {
        refuseOnReader();
        if (DEFAULT.equals(name)) {
            throw new CollectionException(CollectionException.Kind.CONFLICT,
                    "the default collection is the seeds folder and cannot be deleted");
        }
        StoredCollection c = stored(name);
        created.remove(name);
        try {
            c.delete();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete collection " + name, e);
        }
        metrics.dropped(name);
        LOG.info("collection {} deleted", name);
    }

    /** A created collection's name, creation time and key digests; empty for {@code default} or no such one. */
    public Optional<CollectionDescriptor> descriptor(String name) {
        return Optional.ofNullable(created.get(name)).map(c -> c.descriptor);
    }

    /**
     * A reader: serves a collection of the shared store, whose index the caller has just installed in the pipeline
     * under its name; its keys are those the store gives it besides those of the settings.
     */
    public void follow(CollectionDescriptor descriptor) {
        if (followed.put(descriptor.name(), keysFromSettings(descriptor.name())
                .and(Keys.ofDigests(descriptor.keyDigests()))) == null) {
            LOG.info("collection {} taken from the store", descriptor.name());
        }
    }

    /**
     * A reader: as {@link #follow(CollectionDescriptor)}, with the writer's statuses of the collection's documents
     * (empty while the writer has not recorded them), which its document list then shows.
     */
    public void follow(CollectionDescriptor descriptor, Optional<List<UploadedDocument>> writerDocuments) {
        follow(descriptor);
        writerDocuments.ifPresentOrElse(d -> writerStatuses.put(descriptor.name(), List.copyOf(d)),
                () -> writerStatuses.remove(descriptor.name()));
    }

    /** A reader: stops serving a collection that is no longer in the shared store (it is then unknown: 404). */
    public void unfollow(String name) {
        writerStatuses.remove(name);
        if (followed.remove(name) != null) {
            pipeline.drop(name);
            LOG.info("collection {} deleted on the writer: no longer served", name);
        }
    }

    /** True on a reader replica: the collections are the shared store's, and changes go to the writer. */
    public boolean follows() {
        return follows;
    }

    /** A reader: the store's collections it serves. */
    public Set<String> followed() {
        return Set.copyOf(followed.keySet());
    }

    public boolean exists(String name) {
        return DEFAULT.equals(name) || created.containsKey(name) || followed.containsKey(name);
    }

    /** The name itself; {@link CollectionException.Kind#NOT_FOUND} if there is no such collection. */
    public String require(String name) {
        if (!exists(name)) {
            throw new CollectionException(CollectionException.Kind.NOT_FOUND,
                    "no collection named '" + FileNames.shown(name) + "'; GET /api/collections lists them");
        }
        return name;
    }

    /** Every collection's name, {@code default} first. */
    public List<String> names() {
        List<String> names = new ArrayList<>(List.of(DEFAULT));
        Stream.concat(created.keySet().stream(), followed.keySet().stream()).sorted().forEach(names::add);
        return names;
    }

    public List<CollectionInfo> list() {
        return names().stream().map(this::info).toList();
    }

    public CollectionInfo info(String name) {
        require(name);
        if (!pipeline.isReady(name)) {
            return new CollectionInfo(name, 0, 0, false, keyed(name));
        }
        KnowledgeIndex index = pipeline.current(name);
        return new CollectionInfo(name, index.documents().size(), index.passages().size(), true, keyed(name));
    }

    /** Stores each file (all or none are accepted: each is checked first) and queues them for indexing. */
    public List<UploadedDocument> upload(String name, List<Upload> files) {
        StoredCollection c = writable(name);
        if (files.isEmpty()) {
            throw new CollectionException(CollectionException.Kind.INVALID, "the upload holds no file");
        }
        List<String> safeNames = files.stream().map(this::checked).toList();
        List<UploadedDocument> stored = new ArrayList<>();
        try {
            for (int i = 0; i < files.size(); i++) {
                stored.add(c.add(files.get(i), safeNames.get(i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store an upload to " + name, e);
        }
        c.index("upload");
        return stored;
    }

    public UploadedDocument replace(String name, String id, Upload file) {
        StoredCollection c = writable(name);
        c.find(id);
        checked(file);
        try {
            UploadedDocument doc = c.replace(id, file);
            c.index("replace");
            return doc;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot replace a document of " + name, e);
        }
    }

    /** Removes a document; returns once the collection's index no longer holds it. */
    public void remove(String name, String id) {
        try {
            writable(name).remove(id);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove a document of " + name, e);
        }
    }

    public UploadedDocument document(String name, String id) {
        if (DEFAULT.equals(name) || followed.containsKey(name)) {
            return indexed(name).stream().filter(d -> d.id().equals(id)).findFirst()
                    .orElseThrow(() -> new CollectionException(CollectionException.Kind.NOT_FOUND,
                            "collection '" + name + "' has no document '" + FileNames.shown(id) + "'"));
        }
        return stored(name).find(id).document();
    }

    /**
     * A collection's documents with their statuses; the seeds folder's (and, on a reader, a collection of the
     * store's) are those its index holds or failed.
     */
    public List<UploadedDocument> documents(String name) {
        require(name);
        return DEFAULT.equals(name) || followed.containsKey(name) ? indexed(name) : stored(name).documents();
    }

    private List<UploadedDocument> indexed(String name) {
        KnowledgeIndex index = pipeline.current(name);
        String when = index.stats().builtAt().toString();
        List<UploadedDocument> docs = new ArrayList<>();
        index.documents().forEach(d -> docs.add(new UploadedDocument(d.id(), d.path(), d.contentType(),
                d.sizeBytes(), when, UploadedDocument.READY, null)));
        index.failures().forEach(f -> docs.add(new UploadedDocument(dev.citebot.ingest.DocumentIds.slug(f.path()),
                f.path(), null, 0, when, UploadedDocument.FAILED, f.reason())));
        List<UploadedDocument> writer = writerStatuses.get(name);
        return writer == null ? docs : withWriterStatuses(docs, writer);
    }

    /**
     * A reader's list of a collection's documents with the writer's statuses: each document it serves as the writer
     * lists it (ready, or queued or indexing while the writer re-indexes it, or failed), then the writer's documents
     * it does not serve yet: queued, indexing or failed as on the writer, and indexing while the writer has them
     * ready but the generation holding them has not reached this reader.
     */
    private static List<UploadedDocument> withWriterStatuses(List<UploadedDocument> served,
                                                             List<UploadedDocument> writer) {
        Map<String, UploadedDocument> byId = new java.util.LinkedHashMap<>();
        writer.forEach(d -> byId.put(d.id(), d));
        List<UploadedDocument> docs = new ArrayList<>();
        for (UploadedDocument d : served) {
            UploadedDocument listed = byId.remove(d.id());
            docs.add(listed == null ? d : listed);
        }
        byId.values().forEach(d -> docs.add(UploadedDocument.READY.equals(d.status())
                ? d.with(UploadedDocument.INDEXING, null) : d));
        return docs;
    }

    private String checked(Upload file) {
        if (file.bytes().length == 0) {
            throw new CollectionException(CollectionException.Kind.INVALID,
                    "'" + FileNames.shown(file.fileName()) + "' is empty");
        }
        return FileNames.safe(file.fileName(), file.contentType(), settings.allowedTypes());
    }

    private StoredCollection writable(String name) {
        refuseOnReader();
        if (DEFAULT.equals(name)) {
            throw new CollectionException(CollectionException.Kind.CONFLICT, "the default collection is the seeds"
                    + " folder: add, change and remove its files there (uploads go to collections made with"
                    + " POST /api/collections)");
        }
        return stored(name);
    }

    private StoredCollection stored(String name) {
        require(name);
        StoredCollection c = created.get(name);
        if (c == null) {
            throw new CollectionException(CollectionException.Kind.NOT_FOUND,
                    "no collection named '" + FileNames.shown(name) + "'");
        }
        return c;
    }

    private void refuseOnReader() {
        if (follows) {
            throw new CollectionException(CollectionException.Kind.CONFLICT, READER_REFUSAL);
        }
    }

    private Keys keysFromSettings(String name) {
        return settingKeys.getOrDefault(name, new Keys(List.of()));
    }

    /** The widget origins of single collections, to be allowed by the CORS policy too. */
    public static Set<String> origins(CollectionSettings settings) {
        Set<String> all = new HashSet<>();
        settings.origins().values().forEach(list -> all.addAll(AllowedOrigins.parse(String.join(",", list)).origins()));
        return all;
    }

    @Override
    public Set<String> keyedFor(String key) {
        Set<String> names = new HashSet<>();
        settingKeys.forEach((name, keys) -> {
            if (keys.accepts(key)) {
                names.add(name);
            }
        });
        created.values().forEach(c -> {
            if (c.keys.accepts(key)) {
                names.add(c.name);
            }
        });
        followed.forEach((name, keys) -> {
            if (keys.accepts(key)) {
                names.add(name);
            }
        });
        return names;
    }

    @Override
    public boolean keyed(String collection) {
        StoredCollection c = created.get(collection);
        Keys keys = c != null ? c.keys : followed.getOrDefault(collection, keysFromSettings(collection));
        return !keys.isEmpty();
    }

    @Override
    public Set<String> listing(String origin) {
        Set<String> names = new HashSet<>();
        if (origin != null) {
            String normalised = origin.strip().toLowerCase(java.util.Locale.ROOT);
            origins.forEach((name, list) -> {
                if (list.contains(normalised)) {
                    names.add(name);
                }
            });
        }
        return names;
    }

    @Override
    public void close() {
        created.values().forEach(StoredCollection::close);
    }
}
