package dev.citebot.index;

import dev.citebot.files.CacheFolder;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import java.util.zip.CheckedInputStream;
import java.util.zip.CheckedOutputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps document vectors on disk, one file per {@link VectorKey}, so that a restart with unchanged documents
 * embeds nothing. A file is written to a temporary name and moved into place in one step, and ends with a
 * checksum: a crash while writing leaves either the old state or a file that is ignored and removed, never a
 * half-read index.
 */
public final class DiskVectorCache implements VectorCache {
    private static final Logger LOG = LoggerFactory.getLogger(DiskVectorCache.class);
    private static final int MAGIC = 0x43425643; // "CBVC"
    private static final int VERSION = 2; // 2: a passage's sentence vectors may be absent (-1)
    private static final String SUFFIX = ".vectors";

    private final CacheFolder folder;

    public DiskVectorCache(Path dir) {
        this.folder = new CacheFolder(dir);
    }

    @Override
    public Optional<DocumentVectors> find(VectorKey key) {
        Path file = fileFor(key);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (InputStream in = Files.newInputStream(file)) {
            return Optional.of(read(in));
        } catch (IOException | RuntimeException e) {
            folder.drop(file, e, "cache entry");
            return Optional.empty();
        }
    }

    @Override
    public void store(VectorKey key, DocumentVectors vectors) {
        Path file = fileFor(key);
        try {
            folder.write(file, out -> write(vectors, out));
        } catch (IOException e) {
            LOG.warn("cannot write cache entry {}: {}", file.getFileName(), e.getMessage());
        }
    }

    @Override
    public void retainOnly(Set<VectorKey> keys) {
        Set<Path> keep = keys.stream().map(this::fileFor).collect(Collectors.toSet());
        try (Stream<Path> files = Files.list(folder.dir())) {
            files.filter(f -> f.getFileName().toString().endsWith(SUFFIX) || f.getFileName().toString().endsWith(".tmp"))
                    .filter(f -> !keep.contains(f))
                    .forEach(DiskVectorCache::deleteQuietly);
        } catch (IOException e) {
            LOG.warn("cannot tidy cache folder {}: {}", folder.dir(), e.getMessage());
        }
    }

    Path fileFor(VectorKey key) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            String text = key.contentSha256() + "\n" + key.model() + "\n" + key.chunking();
            return folder.entry(HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8))) + SUFFIX);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static void write(DocumentVectors vectors, OutputStream raw) throws IOException {
        CRC32 crc = new CRC32();
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new CheckedOutputStream(raw, crc)));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(vectors.passages().length);
        for (int p = 0; p < vectors.passages().length; p++) {
            writeVector(out, vectors.passages()[p]);
            float[][] sentences = SentenceVectors.published(vectors, p);
            out.writeInt(sentences == null ? -1 : sentences.length); // -1: not embedded yet
            for (int s = 0; sentences != null && s < sentences.length; s++) {
                writeVector(out, sentences[s]);
            }
        }
        out.flush();
        new DataOutputStream(raw).writeLong(crc.getValue());
    }

    static DocumentVectors read(InputStream raw) throws IOException {
        CRC32 crc = new CRC32();
        BufferedInputStream buffered = new BufferedInputStream(raw);
        DataInputStream in = new DataInputStream(new CheckedInputStream(buffered, crc));
        if (in.readInt() != MAGIC) {
            throw new IOException("not a vector cache file");
        }
        int version = in.readInt();
        if (version != VERSION) {
            throw new CacheFolder.StaleEntry("an entry of format " + version + ", this build reads " + VERSION);
        }
        int passages = in.readInt();
        float[][] passageVectors = new float[passages][];
        float[][][] sentenceVectors = new float[passages][][];
        for (int p = 0; p < passages; p++) {
            passageVectors[p] = readVector(in);
            int sentences = in.readInt();
            if (sentences == -1) {
                continue; // embedded when first needed
            }
            sentenceVectors[p] = new float[sentences][];
            for (int s = 0; s < sentenceVectors[p].length; s++) {
                sentenceVectors[p][s] = readVector(in);
            }
        }
        long expected = crc.getValue();
        if (new DataInputStream(buffered).readLong() != expected) {
            throw new IOException("checksum mismatch (a write was cut short)");
        }
        return new DocumentVectors(passageVectors, sentenceVectors);
    }

    private static void writeVector(DataOutputStream out, float[] v) throws IOException {
        out.writeInt(v.length);
        for (float x : v) {
            out.writeFloat(x);
        }
    }

    private static float[] readVector(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0 || n > 8192) {
            throw new IOException("bad vector length " + n);
        }
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = in.readFloat();
        }
        return v;
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // best effort: an entry we cannot delete is ignored on the next read anyway
        }
    }
}
