package org.nafitha.operations.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.nafitha.operations.OperationsProperties;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.util.HtmlUtils;

/**
 * The 503 {@link DatabaseAway} answers while the database is away: {@code Retry-After}, and problem+json
 * for the API or a short page in the reader's language for people.
 */
final class ServiceUnavailableAnswer {

    private final OperationsProperties properties;
    private final MessageSource messages;
    private final LocaleResolver locales;

    ServiceUnavailableAnswer(OperationsProperties properties, MessageSource messages, LocaleResolver locales) {
        this.properties = properties;
        this.messages = messages;
        this.locales = locales;
    }

    void write(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Math.max(1, properties.retryAfter().toSeconds())));
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        var locale = locale(request);
        var title = messages.getMessage("operations.unavailable.title", null, locale);
        var detail = messages.getMessage("operations.unavailable.detail", null, locale);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (wantsJson(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":503,"
                    + "\"detail\":\"" + json(detail) + "\",\"code\":\"operations.unavailable\"}");
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            var rtl = "ar".equals(locale.getLanguage()) || "ur".equals(locale.getLanguage());
            response.getWriter().write("""
                    <!DOCTYPE html>
                    <html lang="%s" dir="%s"><head><meta charset="utf-8">
                    <meta name="viewport" content="width=device-width, initial-scale=1"><title>%s</title></head>
                    <body><main style="max-width:40rem;margin:3rem auto;font:1.125rem/1.6 system-ui,sans-serif;color:#1b1b1b">
                    <h1>%s</h1><p>%s</p></main></body></html>
                    """.formatted(locale.getLanguage(), rtl ? "rtl" : "ltr", HtmlUtils.htmlEscape(title),
                    HtmlUtils.htmlEscape(title), HtmlUtils.htmlEscape(detail)));
        }
        response.flushBuffer();
    }

    private Locale locale(HttpServletRequest request) {
        try {
            return locales.resolveLocale(request);
        } catch (RuntimeException e) {
            return Locale.forLanguageTag("ar");
        }
    }

    private static boolean wantsJson(HttpServletRequest request) {
        var accept = request.getHeader(HttpHeaders.ACCEPT);
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/")
                || (accept != null && accept.contains("json") && !accept.contains("text/html"));
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }
}
