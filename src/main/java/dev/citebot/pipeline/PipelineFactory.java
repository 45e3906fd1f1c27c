package dev.citebot.pipeline;

import dev.citebot.answer.AnswerComposer;
import dev.citebot.answer.KeyTerms;
import dev.citebot.answer.SentenceRanker;
import dev.citebot.chunk.PassageSplitter;
import dev.citebot.config.CitebotConfig;
import dev.citebot.config.Prompts;
import dev.citebot.embed.Embedder;
import dev.citebot.config.ParseLimits;
import dev.citebot.index.DiskVectorCache;
import dev.citebot.index.DocumentLanguages;
import dev.citebot.index.InMemoryVectorCache;
import dev.citebot.index.VectorCache;
import dev.citebot.index.Indexer;
import dev.citebot.ingest.Extractor;
import dev.citebot.ingest.IsolatedExtractor;
import dev.citebot.ingest.Ocr;
import dev.citebot.ingest.DiskExtractionCache;
import dev.citebot.ingest.DocumentLoader;
import dev.citebot.ingest.ExtractionCache;
import dev.citebot.ingest.TextExtractor;
import dev.citebot.ingest.TimedExtractor;
import dev.citebot.retrieve.Retriever;
import dev.citebot.text.Terms;

/** Wires the pipeline's stages from the config and prompts, each stage given what it needs. */
public final class PipelineFactory {
    private PipelineFactory() {
    }

    public static Pipeline create(CitebotConfig config, Prompts prompts) {
        return create(config, prompts, Embedder.configured(config));
    }

    public static Pipeline create(CitebotConfig config, Prompts prompts, Embedder embedder) {
        Terms terms = new Terms();
        Extractor extractor = extractor(config);
        DocumentLoader loader = new DocumentLoader(extractor, config.ingest().maxFileBytes(),
                config.cacheDir().<ExtractionCache>map(dir -> new DiskExtractionCache(dir.resolve("texts"),
                        extractor.ocr().fingerprint())).orElse(ExtractionCache.none()), config.parse().parallelism());
        Indexer indexer = new Indexer(new PassageSplitter(config.chunking()), embedder, terms,
                Indexer.Options.of(config.index()), vectorCache(config), documentLanguages(config, terms));
        Retriever retriever = new Retriever(config.retrieval(), embedder, terms);
        AnswerComposer composer = new AnswerComposer(config.answer(), prompts,
                new SentenceRanker(config.answer().weights()), new KeyTerms(terms));
        return new Pipeline(loader, indexer, retriever, composer, terms, config.retrieval().topK(),
                config.retrieval().maxTopK());
    }

    /** Vectors kept on disk in cache.dir, so a restart embeds nothing that did not change; in memory when empty. */
    public static VectorCache vectorCache(CitebotConfig config) {
        return config.cacheDir().<VectorCache>map(dir -> new DiskVectorCache(dir.resolve("vectors")))
                .orElseGet(InMemoryVectorCache::new);
    }

    /** Each document's languages detected once and kept in cache.dir, so a restart loads no language profiles. */
    static DocumentLanguages documentLanguages(CitebotConfig config, Terms terms) {
        return config.cacheDir().map(dir -> DocumentLanguages.keptIn(dir.resolve("languages"), terms.languages()))
                .orElseGet(() -> DocumentLanguages.detected(terms.languages()));
    }

    /** In a separate, killable parser process with ingest.isolation=process; else in this JVM, bounded in time. */
    static Extractor extractor(CitebotConfig config) {
        ParseLimits limits = config.parse();
        Ocr ocr = Ocr.detect(config.ingest().ocr());
        return limits.isolated() ? new IsolatedExtractor(config.ingest().maxChars(), limits, ocr)
                : new TimedExtractor(new TextExtractor(config.ingest().maxChars(), ocr), limits.timeoutSeconds());
    }
}
