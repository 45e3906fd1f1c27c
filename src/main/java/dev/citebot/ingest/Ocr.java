package dev.citebot.ingest;

import dev.citebot.config.ConfigException;
import dev.citebot.config.OcrConfig;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.ocr.TesseractOCRConfig;
import org.apache.tika.parser.pdf.PDFParserConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Whether images and scanned PDF pages are read by Tesseract, decided once at start from {@code ocr.enabled} and
 * what is installed, and how each parse is told so. PDFs use Tika's {@code auto} strategy: only a page with no
 * usable text layer is rendered and read, so a born-digital PDF costs no OCR time.
 *
 * @param on                 OCR is used
 * @param reason             why it is off (empty when on)
 * @param language           Tesseract's language(s) when on
 * @param pageTimeoutSeconds the time one image or page may take when on
 */
public record Ocr(boolean on, String reason, String language, int pageTimeoutSeconds) {
    private static final Logger LOG = LoggerFactory.getLogger(Ocr.class);
    private static final String PROGRAM = "tesseract";

    /** Off: images and scanned pages yield no text. */
    public static Ocr off(String reason) {
        return new Ocr(false, reason, "", 1);
    }

    /** Looks for the tesseract program and the configured languages; logs the outcome once. */
    public static Ocr detect(OcrConfig config) {
        Ocr ocr = decide(config);
        if (ocr.on()) {
            LOG.info("OCR is on: images and PDF pages without text are read by Tesseract ({})", ocr.language());
        } else {
            LOG.info("OCR is off: {}; images and scanned PDFs yield no text", ocr.reason());
        }
        return ocr;
    }

    private static Ocr decide(OcrConfig config) {
        if (config.mode() == OcrConfig.Mode.OFF) {
            return off("ocr.enabled=false");
        }
        Optional<String> missing = program().map(p -> missingLanguages(p, config.language()))
                .orElse(Optional.of("the tesseract program is not on the PATH (Debian: apt-get install tesseract-ocr "
                        + "tesseract-ocr-eng)"));
        if (missing.isPresent()) {
            if (config.mode() == OcrConfig.Mode.ON) {
                throw new ConfigException("ocr.enabled=true but " + missing.get() + "; install it or set ocr.enabled=auto");
            }
            return off(missing.get());
        }
        return new Ocr(true, "", config.language(), config.pageTimeoutSeconds());
    }

    private static Optional<Path> program() {
        String path = System.getenv().getOrDefault("PATH", "");
        return Arrays.stream(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
                .map(dir -> Path.of(dir, PROGRAM)).filter(Files::isExecutable).findFirst();
    }

    /** The first configured language Tesseract does not list, said as a reason; empty when all are there. */
    private static Optional<String> missingLanguages(Path program, String languages) {
        List<String> installed;
        try {
            Process list = new ProcessBuilder(program.toString(), "--list-langs").redirectErrorStream(true).start();
            String out = new String(list.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!list.waitFor(10, TimeUnit.SECONDS) || list.exitValue() != 0) {
                return Optional.of(program + " --list-langs failed");
            }
            installed = out.lines().map(String::strip).toList();
        } catch (IOException e) {
            return Optional.of("cannot run " + program + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.of("interrupted while asking tesseract for its languages");
        }
        return Arrays.stream(languages.split("\\+")).filter(l -> !installed.contains(l)).findFirst()
                .map(l -> "the Tesseract language '" + l + "' is not installed (Debian: apt-get install tesseract-ocr-"
                        + l + ")");
    }

    /** Tells one parse whether and how to OCR; the context travels to the parser process too. */
    void configure(ParseContext context) {
        TesseractOCRConfig tesseract = new TesseractOCRConfig();
        tesseract.setSkipOcr(!on);
        PDFParserConfig pdf = new PDFParserConfig();
        if (on) {
            tesseract.setLanguage(language);
            tesseract.setTimeoutSeconds(pageTimeoutSeconds);
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.AUTO);
        } else {
            pdf.setOcrStrategy(PDFParserConfig.OCR_STRATEGY.NO_OCR);
        }
        context.set(TesseractOCRConfig.class, tesseract);
        context.set(PDFParserConfig.class, pdf);
    }

    /** What the extracted texts depend on, for the text cache: turning OCR on or off reads files again. */
    public String fingerprint() {
        return on ? "ocr:" + language : "ocr:off";
    }

    /** Why a file of this media type gave no text. */
    String noTextReason(String contentType) {
        boolean scannable = contentType.startsWith("image/") || contentType.equals("application/pdf");
        if (!scannable) {
            return "no text could be extracted";
        }
        return on ? "no text could be extracted, even by OCR (" + language + ")"
                : "no text could be extracted: it needs OCR, which is off (" + reason + ")";
    }
}
