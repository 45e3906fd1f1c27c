package dev.citebot.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.citebot.config.CitebotConfig;
import dev.citebot.config.ConfigException;
import dev.citebot.config.OcrConfig;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How OCR is decided at start from {@code ocr.*} and what is installed, and what a file without text is told.
 * Uses Debian's tesseract-ocr with English (installed by .ci/run); no language "zzz" exists.
 */
class OcrTest {
    @Test
    void autoIsOnWhenTesseractAndTheLanguageAreInstalled() {
        Ocr ocr = Ocr.detect(new OcrConfig(OcrConfig.Mode.AUTO, "eng", 30));
        assertTrue(ocr.on(), "tesseract-ocr and tesseract-ocr-eng must be installed (.ci/run): " + ocr.reason());
        assertEquals("eng", ocr.language());
    }

    @Test
    void autoIsOffNamingTheMissingLanguagesPackage() {
        Ocr ocr = Ocr.detect(new OcrConfig(OcrConfig.Mode.AUTO, "eng+zzz", 30));
        assertFalse(ocr.on());
        assertEquals("the Tesseract language 'zzz' is not installed (Debian: apt-get install tesseract-ocr-zzz)",
                ocr.reason());
    }

    @Test
    void trueFailsStartUpWhenSomethingIsMissing() {
        ConfigException e = assertThrows(ConfigException.class,
                () -> Ocr.detect(new OcrConfig(OcrConfig.Mode.ON, "zzz", 30)));
        assertTrue(e.getMessage().startsWith("ocr.enabled=true but the Tesseract language 'zzz'"), e.getMessage());
    }

    @Test
    void falseIsOffWithItsReasonAndAScanIsToldItNeedsOcr() {
        Ocr ocr = Ocr.detect(new OcrConfig(OcrConfig.Mode.OFF, "eng", 30));
        assertFalse(ocr.on());
        assertEquals("no text could be extracted: it needs OCR, which is off (ocr.enabled=false)",
                ocr.noTextReason("image/png"));
        assertEquals("no text could be extracted", ocr.noTextReason("text/plain"));
    }

    @Test
    void badSettingsAreRefusedNamingTheKey() {
        assertThrows(ConfigException.class, () -> new OcrConfig(OcrConfig.Mode.AUTO, "eng; rm -rf", 30));
        assertThrows(ConfigException.class, () -> new OcrConfig(OcrConfig.Mode.AUTO, "eng", 0));
        ConfigException e = assertThrows(ConfigException.class,
                () -> CitebotConfig.load(CitebotConfig.DEFAULT_FILE, Map.of("CITEBOT_OCR_ENABLED", "maybe")));
        assertEquals("ocr.enabled must be auto, true or false, got 'maybe'", e.getMessage());
    }
}
