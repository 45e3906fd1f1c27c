package dev.citebot.config;

import java.util.Locale;

/**
 * Reading text out of images and scanned PDF pages with Tesseract.
 *
 * @param mode               auto (on when the tesseract program is found), on (start-up fails without it) or off
 * @param language           Tesseract's language codes, joined by {@code +} (eng, deu, eng+fra)
 * @param pageTimeoutSeconds one image or PDF page taking longer is abandoned; the rest of the file is kept
 */
public record OcrConfig(Mode mode, String language, int pageTimeoutSeconds) {
    /** Whether OCR is wanted: if the program is there, always, or never. */
    public enum Mode { AUTO, ON, OFF }

    public OcrConfig {
        if (!language.matches("[a-z_]+(\\+[a-z_]+)*")) {
            throw new ConfigException("ocr.language must be Tesseract language codes joined by + (eng, eng+deu), got '"
                    + language + "'");
        }
        if (pageTimeoutSeconds < 1) {
            throw new ConfigException("ocr.page.timeout.seconds must be at least 1, got " + pageTimeoutSeconds);
        }
    }

    public static OcrConfig from(Settings s) {
        String enabled = s.text("ocr.enabled").toLowerCase(Locale.ROOT);
        Mode mode = switch (enabled) {
            case "auto" -> Mode.AUTO;
            case "true" -> Mode.ON;
            case "false" -> Mode.OFF;
            default -> throw new ConfigException("ocr.enabled must be auto, true or false, got '" + enabled + "'");
        };
        return new OcrConfig(mode, s.text("ocr.language"), s.integer("ocr.page.timeout.seconds"));
    }
}
