package dev.citebot.index;

import dev.citebot.chunk.Passage;
import dev.citebot.text.LanguageMap;
import java.util.List;

/**
 * What an earlier build made of one document before embedding it: its passages (with their sentences) and where
 * its languages stand. A replica reading the shared store builds its index from these, so it neither splits nor
 * detects languages again, and gets the writer's passages exactly.
 */
public record SplitDocument(List<Passage> passages, LanguageMap language) {
    public SplitDocument {
        passages = List.copyOf(passages);
    }
}
