package dev.citebot.support;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Scanned documents, as a scanner makes them: text drawn into a picture, with no text layer at all. */
public final class Scans {
    private static final int DPI = 200;
    private static final int WIDTH = 1700;
    private static final int LINE = 80;

    private Scans() {
    }

    /** A PNG of the lines, black on white, at about 200 dpi. */
    public static Path png(Path file, String... lines) throws IOException {
        ImageIO.write(page(lines), "png", file.toFile());
        return file;
    }

    /** A one-page PDF holding only a picture of the lines: an image-only PDF, as a scanner writes it. */
    public static Path pdf(Path file, String... lines) throws IOException {
        BufferedImage image = page(lines);
        try (PDDocument doc = new PDDocument()) {
            float points = 72f / DPI;
            PDPage page = new PDPage(new PDRectangle(image.getWidth() * points, image.getHeight() * points));
            doc.addPage(page);
            PDImageXObject picture = LosslessFactory.createFromImage(doc, image);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.drawImage(picture, 0, 0, page.getMediaBox().getWidth(), page.getMediaBox().getHeight());
            }
            doc.save(file.toFile());
        }
        return file;
    }

    private static BufferedImage page(String... lines) {
        BufferedImage image = new BufferedImage(WIDTH, LINE * (lines.length + 2), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, 44));
        for (int i = 0; i < lines.length; i++) {
            g.drawString(lines[i], 60, LINE * (i + 1) + LINE / 2);
        }
        g.dispose();
        return image;
    }
}
