package dev.citebot.ingest;

import dev.citebot.files.Sha256;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every file under the seeds folder, recursively, in path order. Hidden files and folders are skipped;
 * so is anything whose real location lies outside the folder (a link leading out). A file that cannot be
 * read is reported with its reason and the rest still load.
 */
public final class DocumentLoader implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLoader.class);

    private final Extractor extractor;
    private final long maxFileBytes;
    private final ExtractionCache cache;
    /** Reads files at once when there are several workers; null with one (each file read on the calling thread). */
    private final ExecutorService workers;

    public DocumentLoader(Extractor extractor, long maxFileBytes) {
        this(extractor, maxFileBytes, ExtractionCache.none());
    }

    /** With a cache of extracted texts by content hash: unchanged files are not parsed again, even after a restart. */
    public DocumentLoader(Extractor extractor, long maxFileBytes, ExtractionCache cache) {
        this(extractor, maxFileBytes, cache, 1);
    }

    /**
     * @param workers files read (hashed, parsed, tidied) at once; the documents come out in path order whatever
     *                order they are read in
     */
    public DocumentLoader(Extractor extractor, long maxFileBytes, ExtractionCache cache, int workers) {
        this.extractor = extractor;
        this.maxFileBytes = maxFileBytes;
        this.cache = cache;
        this.workers = workers <= 1 ? null : Executors.newFixedThreadPool(workers, new ThreadFactory() {
            private final AtomicInteger next = new AtomicInteger();

            @Override
            public Thread newThread(Runnable r) {
                Thread t = new Thread(r, "citebot-read-" + next.incrementAndGet());
                t.setDaemon(true);
                return t;
            }
        });
    }

    public IngestResult load(Path folder) {
        return load(folder, Map.of());
    }

    /**
     * Reads the folder, reusing the documents of {@code previous} (by relative path) whose bytes have not
     * changed: their files are hashed but not parsed again.
     */
    public IngestResult load(Path folder, Map<String, SourceDocument> previous) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("seeds folder " + folder + " does not exist or is not a folder");
        }
        Path root = realPath(folder);
        List<SourceDocument> documents = new ArrayList<>();
        List<IngestFailure> failures = new ArrayList<>();
        List<String> paths = new ArrayList<>();
        List<Future<SourceDocument>> reads = new ArrayList<>();
        for (Path file : candidateFiles(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            paths.add(relative);
            Callable<SourceDocument> read = () -> read(root, file, relative, previous.get(relative));
            reads.add(workers == null ? completed(read) : workers.submit(read));
        }
        DocumentIds ids = new DocumentIds(); // given in path order, as the documents are listed
        for (int i = 0; i < reads.size(); i++) {
            String relative = paths.get(i);
            try {
                SourceDocument d = outcome(reads.get(i), reads);
                documents.add(new SourceDocument(ids.idFor(relative), d.path(), d.title(), d.contentType(), d.text(),
                        d.sizeBytes(), d.sha256(), d.headings(), d.definitions()));
            } catch (NoSuchFileException gone) {
                LOG.debug("{} was removed while the folder was read", relative);
            } catch (IOException | RuntimeException e) {
                LOG.warn("skipped {}: {}", relative, e.getMessage());
                failures.add(new IngestFailure(relative, e.getMessage()));
            }
        }
        return new IngestResult(documents, failures);
    }

    /** A read done on this thread, as a future. */
    private static Future<SourceDocument> completed(Callable<SourceDocument> read) {
        try {
            return CompletableFuture.completedFuture(read.call());
        } catch (Exception e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    /** The document read, or the exception that stopped its reading; an interrupt cancels every read. */
    private static SourceDocument outcome(Future<SourceDocument> read, List<Future<SourceDocument>> all)
            throws IOException {
        try {
            return read.get();
        } catch (InterruptedException e) {
            all.forEach(f -> f.cancel(true));
            Thread.currentThread().interrupt();
            throw new IllegalStateException("reading the folder was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The file as a document; its id is given after, in path order. */
    private SourceDocument read(Path root, Path file, String relative, SourceDocument before) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(root)) {
            throw new IOException("link leads outside the seeds folder");
        }
        long size = Files.size(real);
        if (size > maxFileBytes) {
            throw new IOException("file is " + size + " bytes, over the limit of " + maxFileBytes);
        }
        String hash = sha256(real);
        if (before != null && before.sha256().equals(hash)) {
            return new SourceDocument("", relative, before.title(), before.contentType(),
                    before.text(), before.sizeBytes(), hash, before.headings(), before.definitions());
        }
        Extractor.Extraction extraction = cache.find(hash).orElse(null);
        if (extraction == null) {
            extraction = extractor.extract(real);
            cache.store(hash, extraction);
        }
        Definitions.Read read = Definitions.read(TextNormalizer.normalize(extraction.text()));
        String text = read.text();
        if (text.isBlank()) {
            throw new IOException(extractor.ocr().noTextReason(extraction.contentType()));
        }
        String title = Titles.choose(extraction.title(), text, file.getFileName().toString());
        return new SourceDocument("", relative, title, extraction.contentType(), text, size, hash,
                located(extraction.headings(), text), read.definitions());
    }

    /**
     * Each heading where it stands in the tidied text, in order; one that cannot be found is left out. They are
     * looked for from the last one back, each on a line of its own if it stands on one: a page's table of contents
     * lists its headings' very words before them, and the sections are where the last such line stands.
     */
    static List<SourceDocument.Heading> located(List<String> headings, String text) {
        List<SourceDocument.Heading> found = new ArrayList<>();
        int cursor = text.length();
        for (int i = headings.size() - 1; i >= 0; i--) {
            String heading = headings.get(i);
            if (heading.isEmpty()) {
                continue;
            }
            int at = lastOnItsLine(text, heading, cursor);
            if (at < 0) {
                at = cursor - heading.length() < 0 ? -1 : text.lastIndexOf(heading, cursor - heading.length());
            }
            if (at >= 0) {
                found.add(0, new SourceDocument.Heading(at, heading));
                cursor = at;
            }
        }
        return found;
    }

    /** The last place before {@code end} where the heading fills a line (but for spaces and tabs), or -1. */
    private static int lastOnItsLine(String text, String heading, int end) {
        int at = end - heading.length() < 0 ? -1 : text.lastIndexOf(heading, end - heading.length());
        while (at >= 0) {
            if (blankTo(text, at, -1) && blankTo(text, at + heading.length(), 1)) {
                return at;
            }
            at = at == 0 ? -1 : text.lastIndexOf(heading, at - 1);
        }
        return -1;
    }

    /** Whether only spaces and tabs stand between {@code from} and the line's end in that direction. */
    private static boolean blankTo(String text, int from, int step) {
        for (int i = step < 0 ? from - 1 : from; i >= 0 && i < text.length(); i += step) {
            char c = text.charAt(i);
            if (c == '\n') {
                return true;
            }
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    public Ocr ocr() {
        return extractor.ocr();
    }

    @Override
    public void close() {
        if (workers != null) {
            workers.shutdownNow();
        }
        extractor.close();
    }

    private static List<Path> candidateFiles(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root))
                    .filter(p -> !isHidden(root.relativize(p)))
                    .filter(Files::isRegularFile)
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new IllegalStateException("cannot list seeds folder " + root + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static Path realPath(Path folder) {
        try {
            return folder.toRealPath();
        } catch (IOException e) {
            throw new IllegalStateException("cannot resolve seeds folder " + folder, e);
        }
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            MessageDigest digest = Sha256.digest();
            byte[] buffer = new byte[65536];
            for (int n; (n = in.read(buffer)) != -1; ) {
                digest.update(buffer, 0, n);
            }
            return HexFormat.of().formatHex(digest.digest());
        }
    }
}
