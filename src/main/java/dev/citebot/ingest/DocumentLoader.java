package dev.citebot.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads every file under the seeds folder, recursively, in path order. Hidden files and folders are skipped;
 * so is anything whose real location lies outside the folder (a link leading out). A file that cannot be
 * read is reported with its reason and the rest still load.
 */
public final class DocumentLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLoader.class);

    private final TextExtractor extractor;
    private final long maxFileBytes;

    public DocumentLoader(TextExtractor extractor, long maxFileBytes) {
        this.extractor = extractor;
        this.maxFileBytes = maxFileBytes;
    }

    public IngestResult load(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new IllegalArgumentException("seeds folder " + folder + " does not exist or is not a folder");
        }
        Path root = realPath(folder);
        List<SourceDocument> documents = new ArrayList<>();
        List<IngestFailure> failures = new ArrayList<>();
        DocumentIds ids = new DocumentIds();
        for (Path file : candidateFiles(root)) {
            String relative = root.relativize(file).toString().replace('\\', '/');
            try {
                documents.add(read(root, file, relative, ids));
            } catch (IOException | RuntimeException e) {
                LOG.warn("skipped {}: {}", relative, e.getMessage());
                failures.add(new IngestFailure(relative, e.getMessage()));
            }
        }
        return new IngestResult(documents, failures);
    }

    private SourceDocument read(Path root, Path file, String relative, DocumentIds ids) throws IOException {
        Path real = file.toRealPath();
        if (!real.startsWith(root)) {
            throw new IOException("link leads outside the seeds folder");
        }
        long size = Files.size(real);
        if (size > maxFileBytes) {
            throw new IOException("file is " + size + " bytes, over the limit of " + maxFileBytes);
        }
        TextExtractor.Extraction extraction = extractor.extract(real);
        String text = TextNormalizer.normalize(extraction.text());
        if (text.isBlank()) {
            throw new IOException("no text could be extracted");
        }
        String title = Titles.choose(extraction.title(), text, file.getFileName().toString());
        return new SourceDocument(ids.idFor(relative), relative, title, extraction.contentType(), text, size,
                sha256(real));
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
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
