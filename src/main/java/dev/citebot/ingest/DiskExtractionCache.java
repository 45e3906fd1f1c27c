package dev.citebot.ingest;

import dev.citebot.config.BuildInfo;
import dev.citebot.files.CacheFolder;
import java.io.BufferedOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Extracted texts on disk, one small binary file per content hash, so that a restart with unchanged files parses
 * nothing and never starts the parser process. Entries are written under a temporary name and moved into place;
 * an unreadable entry (wrong header, cut short, trailing bytes) is removed and its file parsed again.
 * The format is a header, three length-prefixed UTF-8 strings (text, title, content type; -1 for none), and the
 * headings (a count, then a string each), the version of the build that wrote it, and a CRC-32 of all before it:
 * reading it needs no JSON library, which keeps a restart quick.
 */
public final class DiskExtractionCache implements ExtractionCache {
    private static final Logger LOG = LoggerFactory.getLogger(DiskExtractionCache.class);
    // Version 4: the text holds the marks of its definition lists (Definitions). Version 3: the build's version and a
    // CRC-32 of the entry follow the fields (version 2: headings kept, table rows one line each). An entry of another
    // format, another build or with a changed byte is parsed again.
    private static final int HEADER = 0x43425434; // "CBT4"
    private static final String SUFFIX = ".text";
    /** The JSON entries of earlier versions; removed when their file is stored again. */
    private static final String OLD_SUFFIX = ".json";

    private final CacheFolder folder;
    private final String written;

    /**
     * @param settings what else the texts depend on (whether OCR is on, and its language); an entry written
     *                 under other settings is parsed again
     */
    public DiskExtractionCache(Path dir, String settings) {
        this.folder = new CacheFolder(dir);
        this.written = BuildInfo.version() + " " + settings;
    }

    @Override
    public Optional<Extractor.Extraction> find(String sha256) {
        Path entry = folder.entry(sha256 + SUFFIX);
        if (!Files.isRegularFile(entry)) {
            return Optional.empty();
        }
        try {
            return Optional.of(decode(ByteBuffer.wrap(Files.readAllBytes(entry))));
        } catch (IOException | RuntimeException unreadable) {
            folder.drop(entry, unreadable, "text cache entry");
            return Optional.empty();
        }
    }

    @Override
    public void store(String sha256, Extractor.Extraction extraction) {
        Path entry = folder.entry(sha256 + SUFFIX);
        try {
            folder.write(entry, raw -> {
                CRC32 crc = new CRC32();
                DataOutputStream out = new DataOutputStream(new CheckedOutputStream(new BufferedOutputStream(raw), crc));
                out.writeInt(HEADER);
                write(out, extraction.text());
                write(out, extraction.title());
                write(out, extraction.contentType());
                out.writeInt(extraction.headings().size());
                for (String heading : extraction.headings()) {
                    write(out, heading);
                }
                write(out, written);
                out.flush();
                out.writeInt((int) crc.getValue());
                out.flush();
            });
            Files.deleteIfExists(folder.entry(sha256 + OLD_SUFFIX));
        } catch (IOException e) {
            LOG.warn("cannot write text cache entry {}: {}", entry.getFileName(), e.getMessage());
        }
    }

    private static void write(DataOutputStream out, String value) throws IOException {
        if (value == null) {
            out.writeInt(-1);
            return;
        }
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    private Extractor.Extraction decode(ByteBuffer in) throws IOException {
        try {
            if (in.remaining() < 8) {
                throw new IOException("text cache entry cut short");
            }
            if (in.getInt(0) != HEADER) {
                throw new CacheFolder.StaleEntry("an entry of another format");
            }
            CRC32 crc = new CRC32();
            crc.update(in.array(), 0, in.limit() - 4);
            if ((int) crc.getValue() != in.getInt(in.limit() - 4)) {
                throw new IOException("text cache entry changed since it was written");
            }
            in.limit(in.limit() - 4);
            in.getInt(); // the header, checked above
            String text = read(in);
            String title = read(in);
            String type = read(in);
            int count = in.getInt();
            if (count < 0 || count > in.remaining() / 4) {
                throw new IOException("malformed text cache entry");
            }
            List<String> headings = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                headings.add(read(in));
            }
            Extractor.Extraction extraction = new Extractor.Extraction(text, title, type, headings);
            if (!written.equals(read(in))) {
                throw new CacheFolder.StaleEntry("an entry of another build or OCR setting");
            }
            if (text == null || in.hasRemaining()) {
                throw new IOException("malformed text cache entry");
            }
            return extraction;
        } catch (BufferUnderflowException cutShort) {
            throw new IOException("text cache entry cut short", cutShort);
        }
    }

    private static String read(ByteBuffer in) throws IOException {
        int length = in.getInt();
        if (length == -1) {
            return null;
        }
        if (length < 0 || length > in.remaining()) {
            throw new IOException("text cache entry cut short");
        }
        byte[] bytes = new byte[length];
        in.get(bytes);
        return new String(bytes, StandardCharsets.UTF_8);
    }
}
