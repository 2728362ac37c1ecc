package org.nafitha.issuance.internal;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import com.openhtmltopdf.bidi.support.ICUBidiSplitter;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.util.HashMap;

/**
 * Turns an issued document into a PDF/A-2u page: a Thymeleaf template written as XHTML, laid out
 * by openhtmltopdf with the Amiri font embedded. ICU splits and reorders the bidirectional text and
 * shapes Arabic; without it the letters come out isolated and in the wrong order.
 */
@Component
class PdfRenderer {

    private final ITemplateEngine templates;
    private final byte[] regular = resource("issuance/fonts/Amiri-Regular.ttf");
    private final byte[] bold = resource("issuance/fonts/Amiri-Bold.ttf");
    private final String seal = dataUri(resource("issuance/seal.png"));
    private final byte[] colourProfile = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    byte[] render(PrintedDocument document) {
        return render("issuance/pdf/document", Map.of("doc", document), document.verifyUrl());
    }

    /** Any XHTML template laid out the same way, with the ministry's seal and a QR code of {@code qrText}. */
    byte[] render(String template, Map<String, Object> model, String qrText) {
        var variables = new HashMap<String, Object>(model);
        variables.put("seal", seal);
        variables.put("qr", dataUri(QrCodes.png(qrText, 360)));
        var context = new Context(Locale.forLanguageTag("ar"), variables);
        var html = templates.process(template, context);
        var out = new ByteArrayOutputStream(64 * 1024);
        var builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_U);
        builder.useColorProfile(colourProfile);
        builder.useUnicodeBidiSplitter(new ICUBidiSplitter.ICUBidiSplitterFactory());
        builder.useUnicodeBidiReorderer(new ICUBidiReorderer());
        builder.defaultTextDirection(BaseRendererBuilder.TextDirection.RTL);
        builder.useFont(() -> new ByteArrayInputStream(regular), "Amiri", 400, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.useFont(() -> new ByteArrayInputStream(bold), "Amiri", 700, BaseRendererBuilder.FontStyle.NORMAL, true);
        builder.withHtmlContent(html, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the document", e);
        }
        return out.toByteArray();
    }

    private static String dataUri(byte[] png) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png);
    }

    private static byte[] resource(String path) {
        try (var in = new ClassPathResource(path).getInputStream()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("missing " + path, e);
        }
    }
}
