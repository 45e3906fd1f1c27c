package dev.citebot.index;

import java.util.List;

/** Finds the passages whose vectors are closest to a question's: exact, best first. */
public interface VectorSearch {
    /** A passage number and the cosine between its vector and the query's. */
    record Hit(int passage, double cosine) {
    }

    List<Hit> search(float[] query, int k);
}
