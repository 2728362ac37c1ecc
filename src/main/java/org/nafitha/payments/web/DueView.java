package org.nafitha.payments.web;

import java.util.List;
import java.util.UUID;

import org.nafitha.catalogue.LocalizedText;
import org.nafitha.payments.internal.Due;

import io.swagger.v3.oas.annotations.media.Schema;

/** A due as the payments API lists it, with its fee lines. */
record DueView(@Schema(example = "6e2b9d41-5a7c-4f38-b1e0-9c4d2a7f3b15") UUID id, @Schema(example = "FEE") String kind,
               @Schema(example = "PSP-2026-000123-3") String reference, List<Line> lines,
               @Schema(example = "600.00") String total, @Schema(example = "SAR") String currency) {

    static DueView of(Due d) {
        return new DueView(d.id(), d.kind().name(), d.reference(), d.lines().stream()
                .map(l -> new Line(l.code(), l.label(), l.amount().amount().toPlainString())).toList(),
                d.total().amount().toPlainString(), d.total().currency().getCurrencyCode());
    }

    @Schema(name = "DueLine", example = """
            {"code": "passport-10-years", "label": {"ar": "رسوم جواز سفر لمدة عشر سنوات", "en": "Passport fee, ten years"},
             "amount": "600.00"}""")
    record Line(String code, LocalizedText label, String amount) {
    }
}
