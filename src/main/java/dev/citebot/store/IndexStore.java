package dev.citebot.store;

import dev.citebot.config.StoreSettings;
import dev.citebot.index.KnowledgeIndex;
import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import java.util.HashMap;
import java.util.Map;

/**
 * The writer's and a reader's index paths, for the bench and eval commands, which measure Postgres mode in one
 * process: {@link #write} writes an index as a new generation exactly as the writer replica does, and {@link #load}
 * builds a reader's index from the latest complete generation exactly as a reader replica does. They use a
 * collection of their own in the store, which {@link #forget} removes.
 */
public final class IndexStore implements AutoCloseable {
    private final Database database;
    /** The document rows of the generation last loaded of each collection, so that the next load reads the rest. */
    private final Map<String, Map<Long, StoredDocument>> held = new HashMap<>();

    private IndexStore(Database database) {
        this.database = database;
    }

    /** Connects and brings the schema up to date (as a replica does at start). */
    public static IndexStore open(StoreSettings settings) {
        if (!settings.postgres()) {
            throw new IllegalArgumentException("the index store needs store=postgres and store.url");
        }
        Database database = new Database(settings);
        try {
            Migrations.migrate(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
        return new IndexStore(database);
    }

    /** Writes {@code index} as a new complete generation of {@code collection}; returns its id. */
    public long write(String collection, KnowledgeIndex index) {
        Generations.Written written = new Generations(database).write(collection, index,
                "pid " + ProcessHandle.current().pid());
        if (written instanceof Generations.Written.Generation g) {
            return g.id();
        }
        if (written instanceof Generations.Written.Unchanged u) {
            return u.id();
        }
        throw new IllegalStateException("another writer is writing a generation: try again when it is done");
    }

    /**
     * A reader's index: the latest complete generation of {@code collection}, installed as {@code pipeline}'s
     * default collection (nothing parsed, split or embedded that the store holds). As a reader replica does, it
     * reads only the document rows that the generation it loaded last of {@code collection} did not hold.
     */
    public KnowledgeIndex load(String collection, Pipeline pipeline) {
        StoredGeneration stored = new Generations(database)
                .newerThan(collection, 0, held.getOrDefault(collection, Map.of()))
                .orElseThrow(() -> new IllegalStateException("no complete generation of " + collection));
        KnowledgeIndex index = stored.install(pipeline, Question.DEFAULT_COLLECTION);
        held.put(collection, stored.rows());
        return index;
    }

    /** Removes every generation of {@code collection} (its documents and passages go with them). */
    public void forget(String collection) {
        held.remove(collection);
        database.transaction(c -> Generations.forget(c, collection));
    }

    @Override
    public void close() {
        database.close();
    }
}
