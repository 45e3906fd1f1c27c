package dev.citebot.store;

import dev.citebot.collections.CollectionDescriptor;
import dev.citebot.collections.Collections;
import dev.citebot.collections.UploadedDocument;
import dev.citebot.config.StoreSettings;
import dev.citebot.feedback.FeedbackLog;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.reindex.ReindexListener;
import dev.citebot.reindex.ReindexReport;
import dev.citebot.slack.ConversationMemory;
import dev.citebot.slack.EventLedger;
import dev.citebot.slack.SharedSlackState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * This process's part in a group of replicas sharing one Postgres store (docs/replicas.md). With store=memory it
 * changes nothing. The writer ({@code index.writer=true}) indexes its seeds folder as a single Citebot does and
 * writes each new index to the store as a generation; so it does for each collection made through the upload API,
 * whose name, creation time and key digests it records too (and removes when the collection is deleted). A reader
 * embeds no documents: it builds each collection's index from its latest complete generation, moves to each newer
 * one as it completes, and serves the collections the store holds, no more. Every replica shares feedback and
 * Slack's seen events and conversations through the store. One background thread does all the store's work of the index (first
 * connection and migration, writing, polling), so a database that is away delays only that thread.
 */
public final class Replica implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Replica.class);
    private static final String COLLECTION = Question.DEFAULT_COLLECTION;

    private final StoreSettings settings;
    private final Pipeline pipeline;
    private final Optional<Database> database;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "citebot-store");
        t.setDaemon(true);
        return t;
    });
    private final CompletableFuture<KnowledgeIndex> first = new CompletableFuture<>();
    private final Optional<SharedEventLedger> events;
    private final Optional<SharedConversations> conversations;
    private volatile boolean migrated;
    private volatile long generation;
    /** The writer: collections whose index (or deletion) is not in the store yet. */
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    /** A reader: the generation it serves of each collection of the store ({@code default} too). */
    private final Map<String, Long> served = new ConcurrentHashMap<>();
    /** A reader: the document rows of the generation each collection is served from, so the next reads the rest. */
    private final Map<String, Map<Long, StoredDocument>> held = new ConcurrentHashMap<>();
    /** The writer: the statuses of each collection's documents last recorded in the store. */
    private final Map<String, List<UploadedDocument>> statusesShared = new ConcurrentHashMap<>();
    /** A reader: the collections whose latest generation or record cannot be read, and why. */
    private final Map<String, String> unreadable = new ConcurrentHashMap<>();
    private volatile Collections collections;
    private boolean refusedBefore;
    private ReindexListener listener = new ReindexListener() {
        @Override
        public void reindexed(ReindexReport report) {
        }

        @Override
        public void reindexFailed(long tookMs) {
        }
    };
    private int polls;

    private Replica(StoreSettings settings, Pipeline pipeline, Optional<Database> database) {
        this.settings = settings;
        this.pipeline = pipeline;
        this.database = database;
        this.events = database.map(db -> new SharedEventLedger(db, EventLedger.inMemory(Clock.systemUTC())));
        this.conversations = database.map(db -> new SharedConversations(db,
                ConversationMemory.inMemory(Clock.systemUTC())));
    }

    /** This process's replica: with store=postgres, connects and migrates the schema in the background. */
    public static Replica open(StoreSettings settings, Pipeline pipeline) {
        if (!settings.postgres()) {
            return new Replica(settings, pipeline, Optional.empty());
        }
        Replica replica = new Replica(settings, pipeline, Optional.of(new Database(settings)));
        LOG.info("{}: {}", settings, settings.writer()
                ? "indexing the seeds folder and writing each index to the store"
                : "serving the latest complete index generation from the store; embedding no documents");
        replica.worker.scheduleWithFixedDelay(replica::poll, 0, settings.poll().toMillis(), TimeUnit.MILLISECONDS);
        return replica;
    }

    /** True for a reader: it takes its index from the store, not from its seeds folder. */
    public boolean reads() {
        return settings.postgres() && !settings.writer();
    }

    /**
     * Told of every re-index (the metrics), and, for the writer, also writes each new index of the seeds folder to
     * the store. A reader's loads of generations are reported to {@code metrics} too.
     */
    public ReindexListener listener(ReindexListener metrics) {
        this.listener = metrics;
        if (!settings.postgres() || !settings.writer()) {
            return metrics;
        }
        return new ReindexListener() {
            @Override
            public void started(String reason) {
                metrics.started(reason);
            }

            @Override
            public void reindexed(ReindexReport report) {
                reindexed(COLLECTION, report);
            }

            @Override
            public void reindexed(String collection, ReindexReport report) {
                metrics.reindexed(collection, report);
                pending(collection);
            }

            @Override
            public void dropped(String collection) {
                metrics.dropped(collection);
                pending(collection);
            }

            @Override
            public void reindexFailed(long tookMs) {
                metrics.reindexFailed(tookMs);
            }
        };
    }

    private void pending(String collection) {
        pending.add(collection);
        worker.execute(this::poll);
    }

    /**
     * The collections of this replica: the writer writes theirs to the store, a reader serves those of the store
     * through them.
     */
    public void share(Collections shared) {
        this.collections = shared;
    }

    /** A reader's first index, loaded from the store (it completes once a complete generation is there). */
    public CompletableFuture<KnowledgeIndex> firstGeneration() {
        return first;
    }

    /** Where ratings go: the shared table with store=postgres, else {@code local}. */
    public FeedbackLog feedback(FeedbackLog local) {
        return database.<FeedbackLog>map(SharedFeedback::new).orElse(local);
    }

    /** Slack's seen event ids and conversations shared by every replica; empty with store=memory. */
    public Optional<SharedSlackState> slackState() {
        return events.map(e -> new SharedSlackState(e, conversations.orElseThrow()));
    }

    /** The store's state for {@code /ready}. */
    public Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("kind", settings.kind());
        database.ifPresent(db -> {
            status.put("role", settings.writer() ? "writer" : "reader");
            status.put("connected", db.connected());
            status.put("generation", generation);
            if (!unreadable.isEmpty()) {
                status.put("unreadable", new TreeMap<>(unreadable));
            }
            if (!db.connected() && !db.lastError().isEmpty()) {
                status.put("error", db.lastError());
            }
        });
        return status;
    }

    /** {@code citebot_store_connected} and {@code citebot_store_generation}, with store=postgres. */
    public void bindTo(MeterRegistry registry) {
        database.ifPresent(db -> {
            Gauge.builder("citebot.store.connected", db, d -> d.connected() ? 1 : 0)
                    .description("1 while this replica's connection to the shared store works, else 0")
                    .register(registry);
            Gauge.builder("citebot.store.generation", this, r -> r.generation)
                    .description("The index generation this replica serves (reader) or last wrote (writer)")
                    .register(registry);
        });
    }

    private void poll() {
        Database db = database.orElseThrow();
        try {
            if (!migrated) {
                int version = Migrations.migrate(db);
                migrated = true;
                LOG.info("store schema at version {}", version);
            }
            if (reads()) {
                follow();
            } else if (!pending.isEmpty()) {
                publishPending();
                shareStatuses();
            } else if (collections != null) {
                reconcile(); // also keeps the connection's state current for /ready
                shareStatuses();
            } else {
                generations().latest(COLLECTION); // keeps the connection's state current for /ready
            }
            if (++polls % 60 == 0) {
                events.ifPresent(SharedEventLedger::expire);
                conversations.ifPresent(SharedConversations::expire);
            }
        } catch (StoreUnavailable e) {
            LOG.debug("store poll failed: {}", e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("store poll failed: {}", e.toString());
        }
    }

    private Generations generations() {
        return new Generations(database.orElseThrow());
    }

    /**
     * A reader, at each poll: one query for the latest complete generation of every collection and the record of
     * every collection of the store; then it serves each collection from its latest generation if that is newer than
     * the one served (a collection without a complete generation yet is not served), and stops serving those the
     * store no longer holds. A collection whose generation or record cannot be read is logged, keeps its last good
     * index, and is read again at the next poll; the others are followed as usual.
     */
    private void follow() {
        SharedCollections.Latest latest = new SharedCollections(database.orElseThrow()).latest();
        followOne(COLLECTION, latest.generation(COLLECTION));
        Collections shared = collections;
        if (shared == null) {
            return;
        }
        Set<String> names = latest.collections().stream().map(SharedCollections.Row::name)
                .collect(Collectors.toSet());
        for (String name : shared.followed()) {
            if (!names.contains(name)) {
                shared.unfollow(name);
                served.remove(name);
                held.remove(name);
                unreadable.remove(name);
            }
        }
        for (SharedCollections.Row row : latest.collections()) {
            String name = row.name();
            if (row.descriptor().isEmpty()) {
                unreadable(name, "its record", row.error());
                continue;
            }
            followOne(name, latest.generation(name));
            if (served.containsKey(name)) {
                shared.follow(row.descriptor().get(), row.documents());
            }
        }
    }

    /** A reader: serves {@code collection} from generation {@code latest} if it is newer than the one served. */
    private void followOne(String collection, OptionalLong latest) {
        if (latest.isEmpty() || latest.getAsLong() <= served.getOrDefault(collection, 0L)) {
            return;
        }
        try {
            load(collection, latest.getAsLong()).ifPresent(stored -> {
                served.put(collection, stored.id());
                if (COLLECTION.equals(collection)) {
                    generation = stored.id();
                    first.complete(pipeline.current(COLLECTION));
                }
                if (unreadable.remove(collection) != null) {
                    LOG.info("collection {}: generation {} read from the store; it is served again as usual",
                            collection, stored.id());
                }
            });
        } catch (RuntimeException e) {
            if (!database.orElseThrow().connected()) {
                throw e; // the store is away: the whole poll waits for the next one
            }
            unreadable(collection, "generation " + latest.getAsLong(), e.getMessage());
        }
    }

    /** A reader: logs (once per distinct error) that {@code what} of {@code collection} cannot be read. */
    private void unreadable(String collection, String what, String error) {
        String problem = what + ": " + error;
        if (problem.equals(unreadable.put(collection, problem))) {
            LOG.debug("collection {}: {} still cannot be read: {}", collection, what, error);
            return;
        }
        Long kept = served.get(collection);
        LOG.warn("collection {}: {} cannot be read from the store ({}); {}; the other collections are followed as"
                + " usual, and it is read again at every poll", collection, what, error,
                kept == null ? "it is not served until it can be read" : "still serving its generation " + kept);
    }

    /** Builds {@code collection}'s index from its complete generation {@code id}; empty if the store lost it. */
    private Optional<StoredGeneration> load(String collection, long id) {
        long started = System.nanoTime();
        Optional<StoredGeneration> found = generations().read(collection, id,
                held.getOrDefault(collection, Map.of()));
        found.ifPresent(stored -> {
            long read = System.nanoTime();
            KnowledgeIndex before = pipeline.isReady(collection) ? pipeline.current(collection) : null;
            KnowledgeIndex now = stored.install(pipeline, collection);
            held.put(collection, stored.rows());
            ReindexReport report = ReindexReport.of("generation " + stored.id(), before, now,
                    (System.nanoTime() - started) / 1_000_000);
            LOG.info("serving generation {} from the store{}: {} documents, {} passages; {} documents split again, {}"
                    + " texts embedded, {} reused, {} documents kept as indexed for the generation before; {} ms"
                    + " (reading the store {} ms: {} documents read, the rest held from the generation before)",
                    stored.id(), COLLECTION.equals(collection) ? "" : " as collection " + collection,
                    report.documents(), report.passages(), now.stats().splitDocuments(), report.embeddedTexts(),
                    report.reusedTexts(), now.stats().keptDocuments(),
                    report.tookMs(), (read - started) / 1_000_000, stored.readRows());
            listener.reindexed(collection, report);
        });
        return found;
    }

    /**
     * The writer, at each poll with nothing else to do: its data folder holds the uploaded collections, so a
     * collection of the store it does not have (deleted while the store was away and the writer stopped before it
     * could say so) is removed from the store.
     */
    private void reconcile() {
        Collections shared = collections;
        for (CollectionDescriptor stored : new SharedCollections(database.orElseThrow()).all()) {
            if (shared.descriptor(stored.name()).isEmpty()) {
                LOG.info("collection {} is in the store but not on this writer: removing it", stored.name());
                pending.add(stored.name());
            }
        }
        if (!pending.isEmpty()) {
            publishPending();
        }
    }

    /**
     * The writer: records the statuses of each collection's documents (as its upload API lists them) in the store
     * when they changed, for readers to show; a collection the store has no record of yet is tried again next poll.
     */
    private void shareStatuses() {
        Collections shared = collections;
        if (shared == null) {
            return;
        }
        SharedCollections stored = new SharedCollections(database.orElseThrow());
        for (String name : shared.names()) {
            if (COLLECTION.equals(name) || shared.descriptor(name).isEmpty()) {
                continue;
            }
            List<UploadedDocument> documents = shared.documents(name);
            if (!documents.equals(statusesShared.get(name)) && stored.saveDocuments(name, documents)) {
                statusesShared.put(name, documents);
            }
        }
        statusesShared.keySet().retainAll(shared.names());
    }

    /** The writer: writes each collection whose index changed (or that was deleted) to the store. */
    private void publishPending() {
        for (String name : List.copyOf(pending)) {
            pending.remove(name); // a re-index from now on marks it again
            boolean done = false;
            try {
                done = COLLECTION.equals(name) ? publish(name) : publishCollection(name);
            } finally {
                if (!done) {
                    pending.add(name); // the next poll tries again
                }
            }
        }
    }

    /** The writer: a created collection's record and index, or its removal when it is deleted. */
    private boolean publishCollection(String name) {
        Collections shared = collections;
        if (shared == null) {
            return false;
        }
        SharedCollections stored = new SharedCollections(database.orElseThrow());
        Optional<CollectionDescriptor> descriptor = shared.descriptor(name);
        if (descriptor.isEmpty()) {
            stored.delete(name);
            LOG.info("collection {} removed from the store", name);
            return true;
        }
        if (!pipeline.isReady(name)) {
            return false;
        }
        stored.save(descriptor.get(), writerName());
        return publish(name);
    }

    /**
     * The writer: writes a collection's current index as a new generation once its passage and sentence vectors
     * are all made; false when another writer holds the lock.
     */
    private boolean publish(String collection) {
        pipeline.awaitVectors();
        KnowledgeIndex index = pipeline.current(collection);
        long started = System.nanoTime();
        Generations.Written written = generations().write(collection, index, writerName());
        long ms = (System.nanoTime() - started) / 1_000_000;
        if (written instanceof Generations.Written.Refused) {
            if (!refusedBefore) {
                LOG.warn("another writer is writing a generation (index.writer=true on two replicas?): this index is"
                        + " not written yet; trying again every {} s", settings.poll().toSeconds());
            }
            refusedBefore = true;
            return false;
        }
        refusedBefore = false;
        String of = COLLECTION.equals(collection) ? "" : " of collection " + collection;
        if (written instanceof Generations.Written.Generation g) {
            setGeneration(collection, g.id());
            LOG.info("wrote generation {}{} to the store: {} documents, {} passages ({} documents with {} passages"
                    + " written, the rest the store's already); {} ms", g.id(), of, g.documents(), g.passages(),
                    g.writtenDocuments(), g.writtenPassages(), ms);
        } else if (written instanceof Generations.Written.Unchanged u) {
            setGeneration(collection, u.id());
            LOG.info("the store's generation {}{} already holds this index; nothing written", u.id(), of);
        }
        return true;
    }

    /** {@code /ready} and the metric show the generation of {@code default}. */
    private void setGeneration(String collection, long id) {
        if (COLLECTION.equals(collection)) {
            generation = id;
        }
    }

    private static String writerName() {
        String host = System.getenv().getOrDefault("HOSTNAME", "");
        return (host.isEmpty() ? "" : host + " ") + "pid " + ProcessHandle.current().pid();
    }

    @Override
    public void close() {
        worker.shutdownNow();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        database.ifPresent(Database::close);
    }
}
