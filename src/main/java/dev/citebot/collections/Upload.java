package dev.citebot.collections;

/** One file of an upload request: its name as sent (never used as a path), its content type and its bytes. */
public record Upload(String fileName, String contentType, byte[] bytes) {
}
