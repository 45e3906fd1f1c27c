package dev.citebot.config;

/** Bounds on what one file may cost (its size on disk and the length of its extracted text), and OCR. */
public record IngestConfig(long maxFileBytes, int maxChars, OcrConfig ocr) {
}
