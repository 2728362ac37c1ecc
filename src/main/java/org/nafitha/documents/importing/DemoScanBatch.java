package org.nafitha.documents.importing;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import javax.imageio.ImageIO;

import org.nafitha.documents.DocumentsProperties;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The demo's scanning bureau: a batch of scanned civil-status pages with its CSV under the import
 * root, so archive staff can try a folder import ({@value #FOLDER}) straight away. Written once.
 */
@Component
@Profile("demo")
class DemoScanBatch implements ApplicationRunner {

    static final String FOLDER = "demo/civil-status-1999";

    private static final String[][] PAGES = {
            {"birth-0412.png", "birth-certificate", "1000000008", "1999-05-12", "CS-1999-0412", "شهادة ميلاد أحمد بن علي الزهراني"},
            {"birth-0413.png", "birth-certificate", "1000000016", "١٩٩٩-٠٥-١٣", "CS-1999-0413", "شهادة ميلاد نورة بنت سعد القحطاني"},
            {"family-0420.tif", "family-record", "1000000008", "1999-06-01", "CS-1999-0420", "سجل الأسرة — الزهراني"},
            {"marriage-0431.jpg", "marriage-contract", "1000000016", "1999-07-19", "CS-1999-0431", "عقد زواج موثق"},
    };

    private final DocumentsProperties properties;

    DemoScanBatch(DocumentsProperties properties) {
        this.properties = properties;
    }

    @Override
    public void run(ApplicationArguments args) {
        var folder = properties.importRoot().resolve(FOLDER);
        if (Files.exists(folder.resolve("metadata.csv"))) return;
        try {
            Files.createDirectories(folder);
            var csv = new StringBuilder("file,type,department,person_id,date,reference,classification,title\n");
            for (int i = 0; i < PAGES.length; i++) {
                var p = PAGES[i];
                var format = p[0].endsWith(".tif") ? "tiff" : p[0].endsWith(".jpg") ? "jpeg" : "png";
                ImageIO.write(page(i), format, folder.resolve(p[0]).toFile());
                csv.append(String.join(",", p[0], p[1], "civil-status", p[2], p[3], p[4], "INTERNAL", "\"" + p[5] + "\""))
                        .append('\n');
            }
            Files.writeString(folder.resolve("metadata.csv"), csv, StandardCharsets.UTF_8);
            LoggerFactory.getLogger(DemoScanBatch.class).info("Demo scans to import from the folder {}", FOLDER);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the demo scans to " + folder, e);
        }
    }

    /** A yellowed page with a letterhead band and lines of handwriting. */
    private static BufferedImage page(int n) {
        var image = new BufferedImage(620, 877, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(new Color(246, 240, 222));
        g.fillRect(0, 0, 620, 877);
        g.setColor(new Color(40, 80, 60));
        g.fillRect(40, 40, 540, 60);
        g.setColor(new Color(50, 50, 70));
        for (int line = 0; line < 24; line++) g.fillRect(80 + (line * 29 + n * 13) % 90, 140 + line * 28, 380, 3);
        g.dispose();
        return image;
    }
}
