package org.nafitha.issuance.internal;

import java.time.Clock;
import java.util.Map;

import org.nafitha.issuance.IssuanceProperties;
import org.nafitha.issuance.SignedPdfs;
import org.springframework.stereotype.Component;

/** Other modules' PDFs, rendered and signed as issued documents are. */
@Component
class SigningPdfs implements SignedPdfs {

    private final PdfRenderer renderer;
    private final PadesSigner signer;
    private final IssuanceProperties properties;
    private final Clock clock;

    SigningPdfs(PdfRenderer renderer, PadesSigner signer, IssuanceProperties properties, Clock clock) {
        this.renderer = renderer;
        this.signer = signer;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public byte[] renderAndSign(String template, Map<String, Object> model, String qrText, String reason) {
        return signer.sign(renderer.render(template, model, qrText), properties.ministryNameEn(), reason, clock.instant());
    }
}
