package dev.citebot.eval;

/** BEIR document ids: the file name without its extension. */
final class DocIds {
    private DocIds() {
    }

    static String fromPath(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
