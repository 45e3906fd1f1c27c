package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.pipeline.Pipeline;
import dev.citebot.pipeline.Question;
import dev.citebot.support.Citebots;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With the default settings a long document (here 200 KB of text) is read whole and answered from. */
class LargeDocumentIT {

    @Test
    void aLongDocumentIsIndexedWholeWithTheDefaultSettings(@TempDir Path seeds) throws IOException {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 2000; i++) {
            text.append("Paragraph ").append(i).append(" talks about nothing in particular, at some length.\n\n");
        }
        text.append("The lighthouse keeper of Vardholm was Ingrid Solberg.\n");
        Files.writeString(seeds.resolve("long.txt"), text);

        Pipeline pipeline = Citebots.pipeline(seeds, Map.of("CITEBOT_CACHE_DIR", ""));

        assertEquals(1, pipeline.documents().size(), pipeline.current().failures().toString());
        assertTrue(pipeline.ask(Question.of("Who was the lighthouse keeper of Vardholm?")).answer()
                .contains("Ingrid Solberg"));
    }
}
