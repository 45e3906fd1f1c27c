package dev.citebot.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ONNX Runtime's libraries are copied out of the jar once, whole, into a folder named after their version. */
class NativeLibrariesTest {
    private static final List<String> LIBRARIES =
            List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"));

    @Test
    void bothLibrariesAreCopiedOnceAndThenReused(@TempDir Path cache) throws IOException {
        Path folder = NativeLibraries.cachedCopies(cache).orElseThrow();
        assertTrue(folder.getFileName().toString().startsWith("onnxruntime-"), folder.toString());
        for (String library : LIBRARIES) {
            assertTrue(Files.size(folder.resolve(library)) > 10_000, library);
            Files.setLastModifiedTime(folder.resolve(library), FileTime.fromMillis(0));
        }

        assertEquals(folder, NativeLibraries.cachedCopies(cache).orElseThrow());
        for (String library : LIBRARIES) {
            assertEquals(0, Files.getLastModifiedTime(folder.resolve(library)).toMillis(), library + " rewritten");
        }
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file left behind");
        }
    }

    @Test
    void aCopyThatCannotBeMovedIntoPlaceLeavesNoPartialCopy(@TempDir Path cache) throws IOException {
        Path folder = NativeLibraries.cachedCopies(cache).orElseThrow();
        Path library = folder.resolve(LIBRARIES.get(0));
        Files.delete(library);
        Files.createDirectories(library.resolve("in-the-way")); // a folder where the copy goes: the move fails

        assertThrows(IOException.class, () -> NativeLibraries.cachedCopies(cache));

        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.filter(f -> f.toString().endsWith(".tmp")).toList(),
                    "a partial copy of ONNX Runtime's library was left behind");
        }
    }

    @Test
    void aCopyCutShortIsWrittenAgain(@TempDir Path cache) throws IOException {
        Path folder = NativeLibraries.cachedCopies(cache).orElseThrow();
        Path library = folder.resolve(LIBRARIES.get(0));
        long whole = Files.size(library);
        Files.write(library, new byte[100]);

        NativeLibraries.cachedCopies(cache);

        assertEquals(whole, Files.size(library));
    }

    @Test
    void aCopyThatCannotBeLoadedIsNotHandedToOnnxRuntime(@TempDir Path cache) throws IOException {
        Path folder = NativeLibraries.cachedCopies(cache).orElseThrow();
        Path library = folder.resolve(LIBRARIES.get(0));
        Files.write(library, new byte[(int) Files.size(library)]); // the right size, but no library
        String before = System.clearProperty(NativeLibraries.PATH_PROPERTY);
        try {
            assertTrue(NativeLibraries.useCachedCopies(cache).isEmpty());
            assertEquals(null, System.getProperty(NativeLibraries.PATH_PROPERTY));
        } finally {
            if (before != null) {
                System.setProperty(NativeLibraries.PATH_PROPERTY, before);
            }
        }
    }

    @Test
    void aCacheFolderGivenRelativeToTheWorkingDirectoryIsUsed(@TempDir Path cache) {
        Path relative = Path.of("").toAbsolutePath().relativize(cache); // as the default config gives it: data/cache
        String before = System.clearProperty(NativeLibraries.PATH_PROPERTY);
        try {
            Path folder = NativeLibraries.useCachedCopies(relative).orElseThrow();
            assertTrue(folder.isAbsolute(), folder.toString());
            assertEquals(folder.toString(), System.getProperty(NativeLibraries.PATH_PROPERTY));
        } finally {
            System.clearProperty(NativeLibraries.PATH_PROPERTY);
            if (before != null) {
                System.setProperty(NativeLibraries.PATH_PROPERTY, before);
            }
        }
    }
}
