package dev.citebot.ingest;

import dev.citebot.config.ParseLimits;

/** The Tika pipes configuration: one parser process with its time and heap limits, reading local files. */
final class PipesSetup {
    // An idle parser process exits after this long and is started again on the next file (about 2 s).
    static final long IDLE_EXIT_MILLIS = 60_000;

    private PipesSetup() {
    }

    /**
     * The fetcher's base is the file system root because the loader hands over absolute paths it has already
     * resolved and checked to lie inside the seeds folder; pipes adds no check of its own on "..".
     */
    static String xml(String fetcher, ParseLimits limits) {
        return """
                <properties>
                  <fetchers>
                    <fetcher class="org.apache.tika.pipes.fetcher.fs.FileSystemFetcher">
                      <name>%s</name>
                      <basePath>/</basePath>
                    </fetcher>
                  </fetchers>
                  <emitters></emitters>
                  <pipes>
                    <params>
                      <numClients>1</numClients>
                      <timeoutMillis>%d</timeoutMillis>
                      <shutdownClientAfterMillis>%d</shutdownClientAfterMillis>
                      <forkedJvmArgs>
                        <arg>-Xmx%dm</arg>
                        <arg>-XX:TieredStopAtLevel=1</arg>
                        <arg>-Djava.awt.headless=true</arg>
                      </forkedJvmArgs>
                    </params>
                  </pipes>
                </properties>
                """.formatted(fetcher, limits.timeoutSeconds() * 1000L, IDLE_EXIT_MILLIS, limits.heapMb());
    }
}
