package org.nafitha;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import javax.imageio.ImageIO;

/** Small real images (a passport-style portrait silhouette) and some things that are not images. */
public final class TestImages {

    private TestImages() {
    }

    public static byte[] portrait(String format) {
        var image = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 120, 160);
        g.setColor(new Color(90, 70, 50));
        g.fillOval(35, 25, 50, 60);
        g.fillRoundRect(20, 95, 80, 65, 30, 30);
        g.dispose();
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, format, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A minimal PDF: what a careless upload of a scanned form looks like. */
    public static byte[] pdf() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                .getBytes(StandardCharsets.US_ASCII);
    }

    /** Bytes of a given size that start like a PNG, to exceed a size limit. */
    public static byte[] oversizedPng(int size) {
        var png = portrait("png");
        var big = new byte[size];
        System.arraycopy(png, 0, big, 0, png.length);
        return big;
    }
}
