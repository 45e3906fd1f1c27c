package dev.citebot.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** A folder of many small, distinct reports (one passage, eight sentences each), and one fact to ask about. */
public final class ManyDocuments {
    public static final String QUESTION = "When was the Vardholm lighthouse automated?";
    public static final String FACT = "1987";
    public static final String FACT_FILE = "lighthouse.txt";

    private ManyDocuments() {
    }

    /** Writes {@code count} station reports and the lighthouse note; returns the folder. */
    public static Path write(Path folder, int count) throws IOException {
        String[] winds = {"north", "east", "south", "west"};
        for (int n = 0; n < count; n++) {
            Files.writeString(folder.resolve("station-%03d.txt".formatted(n)), """
                    Weather station %1$d report.
                    Station %1$d stands %2$d metres above sea level.
                    Its wind vane points %3$s most mornings.
                    The rain gauge at station %1$d collected %4$d millimetres in March.
                    Observer number %5$d reads the instruments at dawn.
                    A fence of %6$d posts keeps goats away from station %1$d.
                    The hut was repainted in %7$d.
                    Its radio reports every %8$d minutes.
                    """.formatted(n, 100 + n * 7, winds[n % 4], 20 + n % 50, 1000 + n, 10 + n % 30, 1950 + n % 70,
                    5 + n % 25));
        }
        Files.writeString(folder.resolve(FACT_FILE),
                "Vardholm lighthouse.\nThe Vardholm lighthouse was automated in 1987.\nIts last keeper retired to Tromso.\n");
        return folder;
    }
}
