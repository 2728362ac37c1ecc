package org.nafitha.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.documents.SampleFiles;
import org.nafitha.documents.UploadOutcome.Reason;

/** Each bad file an upload or an import may bring, and what cleaning does to the good ones. */
class UploadChecksTest {

    private final UploadChecks checks = new UploadChecks(VirusScanner.NONE);
    private ServerSocket clamd;

    @AfterEach
    void stopClamd() throws IOException {
        if (clamd != null) clamd.close();
    }

    @Test
    void aPdfRenamedToJpgIsRefusedForItsName() {
        assertThat(checks.check(SampleFiles.pdf("renamed"), "passport.jpg", "application/pdf"))
                .isEqualTo(new UploadChecks.Refused(Reason.EXTENSION_MISMATCH));
        assertThat(checks.check(SampleFiles.pdf("named"), "passport.pdf", "application/pdf"))
                .isInstanceOf(UploadChecks.Accepted.class);
        assertThat(checks.check(SampleFiles.pdf("no name"), "scan", "application/pdf"))
                .isInstanceOf(UploadChecks.Accepted.class);
    }

    @Test
    void filesThatAreTwoFormatsAtOnceAreRefused() {
        assertThat(checks.check(SampleFiles.pdfZipPolyglot(), "deed.pdf", "application/pdf"))
                .isEqualTo(new UploadChecks.Refused(Reason.POLYGLOT));
        assertThat(checks.check(SampleFiles.jpegPdfPolyglot(), "photo.jpg", "image/jpeg"))
                .isEqualTo(new UploadChecks.Refused(Reason.POLYGLOT));
    }

    @Test
    void encryptedPdfsAndPdfsWithScriptsOrAttachmentsAreRefused() {
        assertThat(checks.check(SampleFiles.encryptedPdf(), "secret.pdf", "application/pdf"))
                .isEqualTo(new UploadChecks.Refused(Reason.ENCRYPTED));
        assertThat(checks.check(SampleFiles.pdfWithJavaScript(), "form.pdf", "application/pdf"))
                .isEqualTo(new UploadChecks.Refused(Reason.ACTIVE_CONTENT));
        assertThat(checks.check(SampleFiles.pdfWithAttachment(), "invoice.pdf", "application/pdf"))
                .isEqualTo(new UploadChecks.Refused(Reason.ACTIVE_CONTENT));
    }

    @Test
    void aTruncatedTiffIsUnreadable() {
        assertThat(checks.check(SampleFiles.unreadableTiff(), "page-7.tif", "image/tiff"))
                .isEqualTo(new UploadChecks.Refused(Reason.UNREADABLE));
    }

    @Test
    void imagesAreReencodedWithoutTheirExif() throws IOException {
        var original = SampleFiles.jpegWithExif();
        assertThat(new String(original, StandardCharsets.ISO_8859_1)).contains("Exif").contains(SampleFiles.GPS_MARKER);

        var cleaned = ((UploadChecks.Accepted) checks.check(original, "صورة.jpg", "image/jpeg")).bytes();

        var text = new String(cleaned, StandardCharsets.ISO_8859_1);
        assertThat(text).doesNotContain("Exif").doesNotContain(SampleFiles.GPS_MARKER).doesNotContain("Canon");
        var picture = ImageIO.read(new ByteArrayInputStream(cleaned));
        assertThat(picture.getWidth()).isEqualTo(240);
        assertThat(picture.getHeight()).isEqualTo(320);
        for (var format : new String[]{"png", "tiff"}) {
            var page = ((UploadChecks.Accepted) checks.check(SampleFiles.scan(format, 1), "p." + format,
                    "image/" + format)).bytes();
            assertThat(ImageIO.read(new ByteArrayInputStream(page)).getWidth()).isEqualTo(240);
        }
    }

    @Test
    void clamdFindingTheTestVirusRefusesTheFileAndLetsCleanFilesThrough() throws IOException {
        var scans = startClamd();
        var scanning = new UploadChecks(new ClamdScanner("127.0.0.1", clamd.getLocalPort(), Duration.ofSeconds(5)));

        assertThat(scanning.check(SampleFiles.EICAR.getBytes(StandardCharsets.US_ASCII), "readme.txt", "text/plain"))
                .isEqualTo(new UploadChecks.Refused(Reason.INFECTED));
        assertThat(scanning.check(SampleFiles.pdf("clean page"), "page.pdf", "application/pdf"))
                .isInstanceOf(UploadChecks.Accepted.class);
        // Larger than one INSTREAM chunk, with the signature in the third chunk.
        var big = new byte[200_000];
        var eicar = SampleFiles.EICAR.getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(eicar, 0, big, 150_000, eicar.length);
        assertThat(new ClamdScanner("127.0.0.1", clamd.getLocalPort(), Duration.ofSeconds(5)).scan(big))
                .isEqualTo(new VirusScanner.Infected("Eicar-Signature"));
        assertThat(scans.get()).isEqualTo(3);
    }

    @Test
    void aScannerThatDoesNotAnswerRefusesTheFileRatherThanStoringItUnscanned() throws IOException {
        int port;
        try (var closed = new ServerSocket(0)) {
            port = closed.getLocalPort();
        }
        var scanning = new UploadChecks(new ClamdScanner("127.0.0.1", port, Duration.ofSeconds(2)));
        assertThat(scanning.check(SampleFiles.pdf("unscanned"), "page.pdf", "application/pdf"))
                .isEqualTo(new UploadChecks.Refused(Reason.SCAN_FAILED));
    }

    /** A clamd peer: reads {@code zINSTREAM\0} and length-prefixed chunks, answers like clamd. */
    private AtomicInteger startClamd() throws IOException {
        clamd = new ServerSocket(0);
        var scans = new AtomicInteger();
        Thread.ofVirtual().start(() -> {
            while (!clamd.isClosed()) {
                try (var socket = clamd.accept()) {
                    var in = new DataInputStream(socket.getInputStream());
                    var command = new String(in.readNBytes(10), StandardCharsets.US_ASCII);
                    if (!"zINSTREAM\0".equals(command)) {
                        socket.getOutputStream().write("UNKNOWN COMMAND\0".getBytes(StandardCharsets.US_ASCII));
                        continue;
                    }
                    var content = new ByteArrayOutputStream();
                    for (int n; (n = in.readInt()) > 0; ) content.write(in.readNBytes(n));
                    scans.incrementAndGet();
                    var found = content.toString(StandardCharsets.ISO_8859_1).contains("EICAR-STANDARD-ANTIVIRUS-TEST-FILE");
                    socket.getOutputStream().write((found ? "stream: Eicar-Signature FOUND\0" : "stream: OK\0")
                            .getBytes(StandardCharsets.US_ASCII));
                } catch (IOException closed) {
                    return;
                }
            }
        });
        return scans;
    }
}
