package org.nafitha.municipal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.nafitha.ApiClient;
import org.nafitha.country.Luhn;

/**
 * Officials and mukhtars registering for the tests: fresh usernames, numbers and names each time
 * (the database is shared by every test of a run), a one-page decree, and a registration taken
 * through the API up to municipal affairs' queue.
 */
public final class Registrants {

    public static final String PASSWORD = "Sarai-Hadath-1961";

    /** A registration whose mobile is proven: waiting in municipal affairs' queue. */
    public record Submitted(String id, String username, String officialName) {
    }

    private Registrants() {
    }

    public static Submitted submitted(ApiClient api, String municipality, String role) {
        var username = "reg-" + suffix();
        var mobile = mobile();
        var name = "إيلي " + family();
        var body = "{\"municipality\":\"" + municipality + "\",\"role\":\"" + role + "\",\"position\":\"مختار الحي\","
                + "\"officialName\":\"" + name + "\",\"nationalId\":\"" + nationalId() + "\",\"mobile\":\"" + mobile + "\","
                + "\"username\":\"" + username + "\",\"password\":\"" + PASSWORD + "\",\"decreeName\":\"decree.pdf\","
                + "\"decree\":\"" + Base64.getEncoder().encodeToString(decree()) + "\"}";
        var registered = api.post("/api/v1/municipal/registrations", null, body);
        if (registered.status() != 201) throw new IllegalStateException("not registered: " + registered.raw().body());
        var id = registered.text("id");
        var proven = api.post("/api/v1/municipal/registrations/" + id + "/mobile", null,
                "{\"code\":\"" + api.latestCode(mobile) + "\"}");
        if (proven.status() != 200) throw new IllegalStateException("code refused: " + proven.raw().body());
        return new Submitted(id, username, name);
    }

    /** A one-page decree as a PDF, what a scanner's software would send. */
    public static byte[] decree() {
        try (var pdf = new PDDocument(); var out = new ByteArrayOutputStream()) {
            var page = new PDPage();
            pdf.addPage(page);
            try (var text = new PDPageContentStream(pdf, page)) {
                text.beginText();
                text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 18);
                text.newLineAtOffset(72, 700);
                text.showText("Decree 118/2026 - appointment of the mukhtar");
                text.endText();
            }
            pdf.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String suffix() {
        return Long.toString(ThreadLocalRandom.current().nextLong(1L << 40), 36);
    }

    public static String mobile() {
        return "+96659" + String.format("%07d", ThreadLocalRandom.current().nextInt(10_000_000));
    }

    public static String nationalId() {
        var payload = "1" + String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999));
        return payload + Luhn.checkDigit(payload);
    }

    /** A made-up Arabic family name no other test uses. */
    public static String family() {
        var syllables = new String[]{"قر", "طا", "نو", "سي", "مر", "جا", "بو", "كي", "لا", "فو", "زي", "ها", "دو", "شا"};
        var r = ThreadLocalRandom.current();
        var name = new StringBuilder();
        for (int i = 0; i < 5; i++) name.append(syllables[r.nextInt(syllables.length)]);
        return name.toString();
    }
}
