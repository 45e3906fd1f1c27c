package dev.citebot.ingest;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.xml.sax.ContentHandler;

/**
 * Stand-ins for parser bugs, found by Tika (META-INF/services in the test resources) for two file types of
 * the test's own (custom-mimetypes.xml): a parser that never returns from a {@code .endless} file, and one
 * that eats memory without end on a {@code .hog} file. Real parsers have had both bugs; these make them
 * happen on demand.
 */
public final class HostileParsers {
    private HostileParsers() {
    }

    public static final class EndlessLoop implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.parse("application/x-citebot-endless"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            // Loops until interrupted: for the parser it is endless (it never returns by itself, and answers
            // nothing but an interrupt, which the extractor sends only once it has given up on the file), but a
            // test that is done with it can stop it, so it does not spin on a core for the rest of the run.
            long spins = 0;
            while (spins >= 0 && !Thread.currentThread().isInterrupted()) {
                spins = (spins + 1) % Long.MAX_VALUE;
            }
        }
    }

    public static final class MemoryHog implements Parser {
        @Override
        public Set<MediaType> getSupportedTypes(ParseContext context) {
            return Set.of(MediaType.parse("application/x-citebot-hog"));
        }

        @Override
        public void parse(InputStream stream, ContentHandler handler, Metadata metadata, ParseContext context) {
            List<long[]> hoard = new ArrayList<>();
            while (hoard.size() >= 0) {
                hoard.add(new long[1 << 20]);
            }
        }
    }
}
