package dev.citebot.bench;

import dev.citebot.files.Folders;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The bench's temporary folders (caches, data and document folders of the pipelines and servers it starts), deleted
 * with everything in them when the bench's JVM ends: a 100,000-passage scale row leaves some 40 MB of caches, and a
 * whole bench run several times that.
 */
final class TempFolders {
    private static final List<Path> CREATED = new ArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TempFolders::deleteAll, "citebot-bench-cleanup"));
    }

    private TempFolders() {
    }

    /** A new empty folder under the system's temporary folder, deleted when the JVM ends. */
    static Path create(String prefix) throws IOException {
        Path folder = Files.createTempDirectory(prefix);
        synchronized (CREATED) {
            CREATED.add(folder);
        }
        return folder;
    }

    /** Deletes every folder {@link #create} made, and what is in it; one that cannot be deleted is left. */
    static void deleteAll() {
        List<Path> folders;
        synchronized (CREATED) {
            folders = List.copyOf(CREATED);
            CREATED.clear();
        }
        for (Path folder : folders) {
            try {
                Folders.deleteTree(folder);
            } catch (IOException e) {
                System.err.println("citebot bench: could not delete " + folder + ": " + e.getMessage());
            }
        }
    }
}
