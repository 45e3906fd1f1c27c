package dev.citebot.embed;

import dev.citebot.files.CacheFolder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.jar.JarEntry;

/**
 * A model file shipped inside a jar, copied once into the cache folder so that later starts open the plain
 * file instead of inflating it from the jar again (for all-MiniLM-L6-v2, 90 MB and about 0.4 s of every start).
 * The copy is named after the entry's size and CRC, which the jar records, so a different model never reuses it.
 */
final class ModelFile {
    private ModelFile() {
    }

    /** The cached copy of the resource, written now if missing; empty when the resource is not in a jar. */
    static Optional<Path> cached(String resource, Path cacheDir) {
        URL url = ModelFile.class.getClassLoader().getResource(resource);
        if (url == null) {
            throw new IllegalStateException(resource + " is not on the classpath");
        }
        try {
            if (!(url.openConnection() instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            jar.setUseCaches(false);
            JarEntry entry = jar.getJarEntry();
            CacheFolder folder = new CacheFolder(cacheDir);
            Path file = folder.entry(resource + "." + entry.getSize() + "." + Long.toHexString(entry.getCrc()));
            copyUnlessPresent(jar, folder, file);
            return Optional.of(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + resource + " into " + cacheDir, e);
        }
    }

    /**
     * Copies the jar entry to {@code file} in the folder unless a file of the entry's size is there already;
     * written under a temporary name and moved into place, so a crash never leaves half of it, and a failed
     * write (a full disk) leaves no temporary file.
     */
    static void copyUnlessPresent(JarURLConnection jar, CacheFolder folder, Path file) throws IOException {
        if (Files.isRegularFile(file) && Files.size(file) == jar.getJarEntry().getSize()) {
            return;
        }
        try (InputStream in = jar.getInputStream()) {
            folder.write(file, in::transferTo);
        }
    }
}
