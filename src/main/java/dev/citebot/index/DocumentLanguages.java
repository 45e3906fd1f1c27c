package dev.citebot.index;

import dev.citebot.config.BuildInfo;
import dev.citebot.files.CacheFolder;
import dev.citebot.files.Sha256;
import dev.citebot.text.LanguageMap;
import dev.citebot.text.Languages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Each document's {@link LanguageMap}, detected once per text and, with a cache folder, kept there: a restart with
 * unchanged documents detects nothing, so it never waits for the detector's language profiles (building them takes
 * over a second, more than the rest of a warm restart's indexing). An entry is a small text file named by the
 * SHA-256 of the document's text: a header with the format and the build that wrote it, the document's language,
 * then one line {@code start end language} per part, each line ending in a newline. An entry of another build is
 * detected again; one cut short or whose parts do not cover its text exactly is removed and detected again.
 */
public final class DocumentLanguages {
    private static final Logger LOG = LoggerFactory.getLogger(DocumentLanguages.class);
    private static final String FORMAT = "citebot-languages 1";
    private static final String SUFFIX = ".languages";

    private final Function<String, LanguageMap> detect;
    private final CacheFolder folder; // null: detected every time
    private final String header;

    DocumentLanguages(Function<String, LanguageMap> detect, CacheFolder folder) {
        this.detect = detect;
        this.folder = folder;
        this.header = FORMAT + " " + BuildInfo.version();
    }

    /** Detected for every document built. */
    public static DocumentLanguages detected(Languages languages) {
        return new DocumentLanguages(text -> LanguageMap.of(text, languages), null);
    }

    /** Detected once per text and kept in {@code dir}. */
    public static DocumentLanguages keptIn(Path dir, Languages languages) {
        return new DocumentLanguages(text -> LanguageMap.of(text, languages), new CacheFolder(dir));
    }

    /** The text's language map: from the folder when it holds one for this text, else detected (and kept). */
    public LanguageMap of(String text) {
        if (folder == null) {
            return detect.apply(text);
        }
        Path entry = folder.entry(Sha256.ofText(text) + SUFFIX);
        Optional<LanguageMap> kept = read(entry, text.length());
        if (kept.isPresent()) {
            return kept.get();
        }
        LanguageMap detected = detect.apply(text);
        write(entry, detected);
        return detected;
    }

    private Optional<LanguageMap> read(Path entry, int length) {
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            String content = Files.readString(entry, StandardCharsets.UTF_8);
            if (!content.endsWith("\n")) {
                throw new IOException("language cache entry cut short");
            }
            return Optional.of(decode(content.lines().toList(), length));
        } catch (IOException | RuntimeException unreadable) {
            folder.drop(entry, unreadable, "language cache entry");
            return Optional.empty();
        }
    }

    private LanguageMap decode(List<String> lines, int length) throws IOException {
        if (lines.isEmpty() || !lines.get(0).startsWith(FORMAT + " ")) {
            throw new IOException("not a language cache entry");
        }
        if (!lines.get(0).equals(header)) {
            throw new CacheFolder.StaleEntry("an entry of another build");
        }
        if (lines.size() < 3) {
            throw new IOException("language cache entry cut short");
        }
        List<LanguageMap.Part> parts = new ArrayList<>();
        int covered = 0;
        for (String line : lines.subList(2, lines.size())) {
            String[] fields = line.split(" ");
            if (fields.length != 3) {
                throw new IOException("malformed language cache entry");
            }
            LanguageMap.Part part = new LanguageMap.Part(Integer.parseInt(fields[0]), Integer.parseInt(fields[1]),
                    fields[2]);
            if (part.start() != covered || part.end() < part.start()) {
                throw new IOException("language cache entry's parts do not follow each other");
            }
            covered = part.end();
            parts.add(part);
        }
        if (covered != length) {
            throw new IOException("language cache entry does not cover its text");
        }
        return new LanguageMap(lines.get(1), parts);
    }

    private void write(Path entry, LanguageMap map) {
        StringBuilder out = new StringBuilder(header).append('\n').append(map.language()).append('\n');
        map.parts().forEach(p -> out.append(p.start()).append(' ').append(p.end()).append(' ').append(p.language())
                .append('\n'));
        try {
            folder.write(entry, raw -> raw.write(out.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            LOG.warn("cannot write language cache entry {}: {}", entry.getFileName(), e.getMessage());
        }
    }
}
