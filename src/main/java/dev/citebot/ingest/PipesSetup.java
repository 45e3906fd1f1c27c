package dev.citebot.ingest;

import dev.citebot.config.ParseLimits;

/** The Tika pipes configuration: one parser process with its time and heap limits, reading local files. */
final class PipesSetup {
    private PipesSetup() {
    }

    /**
     * An idle parser process exits after {@link ParseLimits#idleSeconds()} and is started again on the next file.
     * maxForEmitBatchBytes is -1: by default a result larger than 100,000 bytes (about 45 KB of text) is sent to
     * an emitter instead of back to us, and with no emitter the parser process answers with a broken status.
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
                      <maxForEmitBatchBytes>-1</maxForEmitBatchBytes>
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
                """.formatted(fetcher, limits.timeoutSeconds() * 1000L, limits.idleSeconds() * 1000L,
                limits.heapMb());
    }
}
