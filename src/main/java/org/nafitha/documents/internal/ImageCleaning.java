package org.nafitha.documents.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;

import org.nafitha.documents.UploadOutcome.Reason;
import java.awt.Color;

/**
 * Images are decoded and written anew: what survives is the picture, not its EXIF (camera, GPS
 * position, time) or anything hidden after it. A multi-page TIFF keeps all its pages.
 */
final class ImageCleaning {

    /** A scanned A3 page at 600 dpi is about 70 million pixels. */
    private static final long MAX_PIXELS = 80_000_000L;
    private static final int MAX_PAGES = 500;

    private ImageCleaning() {
    }

    static UploadChecks.Checked reencode(byte[] bytes, String mediaType) {
        var format = mediaType.substring("image/".length());
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (input == null || !readers.hasNext()) return new UploadChecks.Refused(Reason.UNREADABLE);
            var reader = readers.next();
            try {
                reader.setInput(input, false, true);
                var pages = pages(reader, format);
                if (pages == null) return new UploadChecks.Refused(Reason.TOO_LARGE);
                return new UploadChecks.Accepted(write(pages, format));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException unreadable) {
            // ImageIO reports broken files with IOExceptions and, for some codecs, runtime exceptions.
            return new UploadChecks.Refused(Reason.UNREADABLE);
        }
    }

    private static List<BufferedImage> pages(ImageReader reader, String format) throws IOException {
        int count = "tiff".equals(format) ? Math.min(reader.getNumImages(true), MAX_PAGES) : 1;
        if (count < 1) throw new IOException("no image");
        var pages = new ArrayList<BufferedImage>(count);
        for (int i = 0; i < count; i++) {
            if ((long) reader.getWidth(i) * reader.getHeight(i) > MAX_PIXELS) return null;
            var page = reader.read(i);
            pages.add("jpeg".equals(format) ? withoutAlpha(page) : page);
        }
        return pages;
    }

    private static byte[] write(List<BufferedImage> pages, String format) throws IOException {
        var out = new ByteArrayOutputStream();
        var writer = ImageIO.getImageWritersByFormatName(format).next();
        try (var output = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(output);
            var param = writer.getDefaultWriteParam();
            if ("tiff".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionType("Deflate");
            } else if ("jpeg".equals(format)) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.9f);
            }
            if (pages.size() == 1) {
                writer.write(null, new IIOImage(pages.getFirst(), null, null), param);
            } else {
                writer.prepareWriteSequence(null);
                for (var page : pages) writer.writeToSequence(new IIOImage(page, null, null), param);
                writer.endWriteSequence();
            }
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    private static BufferedImage withoutAlpha(BufferedImage image) {
        if (!image.getColorModel().hasAlpha() && image.getType() != BufferedImage.TYPE_CUSTOM) return image;
        var rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
        var g = rgb.createGraphics();
        g.drawImage(image, 0, 0, Color.WHITE, null);
        g.dispose();
        return rgb;
    }
}
