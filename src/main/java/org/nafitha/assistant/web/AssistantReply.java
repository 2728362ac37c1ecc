package org.nafitha.assistant.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import org.nafitha.assistant.Assistant;
import org.springframework.context.MessageSource;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.media.Schema;

/** @param message a polite sentence for "not found", "not understood" or "sign in first" */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(example = """
        {"answers": [{"service": "passport-renewal", "title": "تجديد جواز السفر", "score": 0.87,
                      "summary": "تجديد جواز السفر السعودي لمدة خمس أو عشر سنوات",
                      "eligibility": "للمواطنين من عمر ٢١ سنة فأكثر",
                      "documents": ["صورة شخصية حديثة بخلفية بيضاء"],
                      "fees": [{"label": "جواز سفر لمدة خمس سنوات", "amount": 300},
                               {"label": "جواز سفر لمدة عشر سنوات", "amount": 600}],
                      "steps": ["تعبئة الطلب وإرفاق الصورة", "سداد الرسوم", "استلام الجواز بالتوصيل أو من الفرع"],
                      "slaDays": 5, "appointment": false, "forOthers": false,
                      "startUrl": "/services/passport-renewal/apply", "source": "catalogue/services/passport-renewal.yml"}],
         "notFound": false, "notUnderstood": false, "facts": [], "signInNeeded": false,
         "hotline": "911", "writtenChannelUrl": "/contact"}""")
record AssistantReply(List<AssistantAnswer> answers, @Nullable AssistantClarify clarify, boolean notFound,
                      boolean notUnderstood, List<String> facts, @Nullable List<AssistantApplication> applications,
                      boolean signInNeeded, @Nullable String message, String hotline, String writtenChannelUrl) {

    record AssistantFee(String label, BigDecimal amount) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record AssistantAnswer(String service, String title, double score, String summary, String eligibility,
                  List<String> documents, List<AssistantFee> fees, List<String> steps, int slaDays, boolean appointment,
                  boolean forOthers, String startUrl, String source) {
    }

    record AssistantClarify(String question, List<AssistantChoice> choices) {
    }

    record AssistantChoice(String service, String title) {
    }

    record AssistantApplication(String reference, String service, String title, String status, Instant updatedAt) {
    }

    /** The assistant's reply as the app reads it, in the language asked for. */
    static AssistantReply of(Assistant.Reply r, Locale locale, MessageSource messages) {
        var answers = r.answers().stream().map(a -> new AssistantAnswer(a.service(), a.title(), a.score(), a.summary(),
                a.eligibility(), a.documents(), a.fees().stream().map(f -> new AssistantFee(f.label(), f.amount())).toList(),
                a.steps(), a.slaDays(), a.appointment(), a.forOthers(), a.startUrl(),
                messages.getMessage("assistant.source", new Object[]{a.title(), a.version()}, locale))).toList();
        var clarify = r.clarify() == null ? null : new AssistantClarify(r.clarify().question(),
                r.clarify().choices().stream().map(c -> new AssistantChoice(c.service(), c.title())).toList());
        var applications = r.applications() == null ? null : r.applications().stream()
                .map(a -> new AssistantApplication(a.reference(), a.service(), a.title(), a.status(), a.updatedAt())).toList();
        String message = null;
        if (r.notUnderstood()) message = messages.getMessage("assistant.notUnderstood", null, locale);
        else if (r.notFound()) message = messages.getMessage("assistant.notFound", null, locale);
        else if (r.signInNeeded()) message = messages.getMessage("assistant.signInNeeded", null, locale);
        else if (applications != null && applications.isEmpty()) message = messages.getMessage("assistant.noApplications", null, locale);
        return new AssistantReply(answers, clarify, r.notFound(), r.notUnderstood(),
                r.facts().stream().map(Enum::name).sorted().toList(), applications, r.signInNeeded(), message,
                messages.getMessage("assistant.hotline", null, locale), "/communication");
    }
}
