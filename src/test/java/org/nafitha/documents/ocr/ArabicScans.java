package org.nafitha.documents.ocr;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.RenderingHints;
import java.awt.font.TextAttribute;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Random;

import javax.imageio.ImageIO;

/**
 * Scans whose text the tests know: Arabic (and English) lines drawn with a Naskh face at
 * about 300 dpi on an A5-wide page, turned by a small angle and sprinkled with noise as a
 * flatbed scanner leaves them. Seeded, so a failing test draws the same page again.
 */
public final class ArabicScans {

    // Noto Naskh Arabic: Tesseract's Arabic model drops whole lines set in Amiri at this size.
    private static final File ARABIC = new File("/usr/share/fonts/truetype/noto/NotoNaskhArabic-Regular.ttf");
    private static final File LATIN = new File("/usr/share/fonts/truetype/noto/NotoSerif-Regular.ttf");
    private static final int WIDTH = 1750;
    private static final int LINE = 110;

    private ArabicScans() {
    }

    /** A page of the lines, right-aligned, turned by up to {@code maxDegrees} either way, with noise. */
    public static byte[] page(List<String> lines, long seed, double maxDegrees) {
        var random = new Random(seed);
        var height = 500 + LINE * lines.size();
        var page = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        var g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.rotate(Math.toRadians((random.nextDouble() * 2 - 1) * maxDegrees), WIDTH / 2.0, height / 2.0);
        g.setColor(new Color(25, 25, 30));
        var arabic = font(ARABIC).deriveFont(Map.of(TextAttribute.SIZE, 54f,
                TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL));
        // Noto Naskh Arabic has no Latin letters: English lines get a Latin face.
        var latin = font(LATIN).deriveFont(48f);
        int y = 260;
        for (var line : lines) {
            g.setFont(line.codePoints().anyMatch(c -> c < 0x0600 && Character.isLetter(c)) ? latin : arabic);
            g.drawString(line, WIDTH - 120 - g.getFontMetrics().stringWidth(line), y);
            y += LINE;
        }
        g.dispose();
        noise(page, random);
        return png(page);
    }

    /** Grey specks, the dust of a real scan. */
    private static void noise(BufferedImage page, Random random) {
        for (int i = 0; i < page.getWidth() * page.getHeight() / 400; i++) {
            var grey = 120 + random.nextInt(120);
            page.setRGB(random.nextInt(page.getWidth()), random.nextInt(page.getHeight()), new Color(grey, grey, grey).getRGB());
        }
    }

    private static Font font(File file) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file);
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("Arabic font missing: install fonts-noto-core and fonts-hosny-amiri", e);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            var out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** 1 − (edit distance ÷ expected length), whitespace runs counted as one space. */
    public static double characterAccuracy(String expected, String actual) {
        var a = expected.strip().replaceAll("\\s+", " ");
        var b = actual.strip().replaceAll("\\s+", " ");
        var previous = new int[b.length() + 1];
        var current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) previous[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                var cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            var swap = previous;
            previous = current;
            current = swap;
        }
        return Math.max(0, 1 - (double) previous[b.length()] / a.length());
    }
}
