package dev.citebot.embed;

import dev.citebot.files.CacheFolder;
import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ONNX Runtime's native libraries, copied once into the cache folder. Without this, ONNX Runtime inflates them
 * (16 MB) out of the jar into a new temporary folder at every start; with it, a start loads the copies, which
 * saved about 70 ms of a start here. The folder is named after the jar entries' sizes and CRCs, so another
 * version of ONNX Runtime never loads a stale copy, and each library is written under a temporary name and moved
 * into place, so a crash never leaves half of one. When the libraries are not in a jar, the platform is not one
 * ONNX Runtime ships, or {@code onnxruntime.native.path} is already set, ONNX Runtime is left to do as usual.
 */
final class NativeLibraries {
    static final String PATH_PROPERTY = "onnxruntime.native.path";
    private static final Logger LOG = LoggerFactory.getLogger(NativeLibraries.class);

    private NativeLibraries() {
    }

    /**
     * Points ONNX Runtime at copies of its libraries in {@code cacheDir}, writing them first if needed. Must run
     * before ONNX Runtime is first used in this JVM (later it changes nothing). Returns the folder, if used.
     */
    static Optional<Path> useCachedCopies(Path cacheDir) {
        if (System.getProperty(PATH_PROPERTY) != null) {
            return Optional.empty();
        }
        try {
            // Absolute: System.load takes nothing else, and the working directory may change before ONNX Runtime loads.
            Optional<Path> folder = cachedCopies(cacheDir.toAbsolutePath());
            if (folder.isPresent() && !loads(folder.get().resolve(System.mapLibraryName("onnxruntime")))) {
                return Optional.empty();
            }
            folder.ifPresent(dir -> System.setProperty(PATH_PROPERTY, dir.toString()));
            return folder;
        } catch (IOException | RuntimeException e) {
            LOG.warn("cannot keep ONNX Runtime's libraries in {} ({}); they are extracted as usual", cacheDir,
                    e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Whether the copy of the main library loads here. ONNX Runtime cannot recover from a library that fails to
     * load (its classes stay unusable), so a copy that cannot be loaded (a cache on a noexec mount, say) is never
     * handed to it: it then extracts its own, as usual. A copy that loads stays loaded, and ONNX Runtime's own
     * load of the same file is then a no-op.
     */
    private static boolean loads(Path library) {
        try {
            System.load(library.toString());
            return true;
        } catch (UnsatisfiedLinkError e) {
            LOG.warn("cannot load ONNX Runtime's library from {} ({}); it is extracted as usual", library, e.getMessage());
            return false;
        }
    }

    static Optional<Path> cachedCopies(Path cacheDir) throws IOException {
        Optional<String> platform = platform();
        if (platform.isEmpty()) {
            return Optional.empty();
        }
        List<JarURLConnection> libraries = new ArrayList<>();
        StringBuilder name = new StringBuilder("onnxruntime");
        for (String library : List.of(System.mapLibraryName("onnxruntime"), System.mapLibraryName("onnxruntime4j_jni"))) {
            URL url = NativeLibraries.class.getClassLoader()
                    .getResource("ai/onnxruntime/native/" + platform.get() + "/" + library);
            if (url == null || !(url.openConnection() instanceof JarURLConnection jar)) {
                return Optional.empty();
            }
            libraries.add(jar);
            name.append('-').append(jar.getJarEntry().getSize()).append('.')
                    .append(Long.toHexString(jar.getJarEntry().getCrc()));
        }
        CacheFolder folder = new CacheFolder(cacheDir.resolve(name.toString()));
        for (JarURLConnection jar : libraries) {
            String fileName = Path.of(jar.getJarEntry().getName()).getFileName().toString();
            ModelFile.copyUnlessPresent(jar, folder, folder.entry(fileName));
        }
        return Optional.of(folder.dir());
    }

    /** ONNX Runtime's name for this platform's folder in its jar, as its loader computes it. */
    private static Optional<String> platform() {
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        String arch = System.getProperty("os.arch", "").toLowerCase(Locale.ROOT);
        String osName = os.contains("linux") ? "linux" : os.contains("mac") ? "osx" : os.contains("win") ? "win" : null;
        String archName = arch.equals("amd64") || arch.equals("x86_64") ? "x64"
                : arch.equals("aarch64") || arch.equals("arm64") ? "aarch64" : null;
        return osName == null || archName == null ? Optional.empty() : Optional.of(osName + "-" + archName);
    }
}
