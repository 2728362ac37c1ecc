package org.nafitha.portal.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.errors.Problems;
import org.nafitha.portal.web.PageQuery.PageRefused;
import org.springframework.context.MessageSource;
import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyAdvice;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One pagination shape for every list the API answers: {@code ?page=} (from 1) and {@code ?size=} (1 to
 * {@value #MAX_SIZE}, by default the most, so a client that does not page sees the whole list as
 * before); the body stays the list itself, and the answer says {@code X-Total-Count} and gives RFC 8288
 * {@code Link}s ({@code first}, {@code prev}, {@code next}, {@code last}). A page past the end is an
 * empty list; a page or size that is not a number in range is 400 with the field named, in the
 * request's language. Applies to every {@code GET} whose method returns a {@code List}.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiPaging implements ResponseBodyAdvice<Object> {

    static final int MAX_SIZE = 500;
    static final String TOTAL = "X-Total-Count";

    private final MessageSource messages;
    private final Problems problems;

    ApiPaging(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
    }

    /** The lists this applies to, also asked by the OpenAPI description so the document says what happens. */
    static boolean pages(MethodParameter returnType) {
        var method = returnType.getMethod();
        return method != null && method.isAnnotationPresent(GetMapping.class)
                && List.class.isAssignableFrom(returnType.getParameterType());
    }

    @Override
    public boolean supports(MethodParameter returnType, Class<? extends HttpMessageConverter<?>> converterType) {
        return pages(returnType);
    }

    @Override
    public @Nullable Object beforeBodyWrite(@Nullable Object body, MethodParameter returnType, MediaType contentType,
                                            Class<? extends HttpMessageConverter<?>> converterType,
                                            ServerHttpRequest request, ServerHttpResponse response) {
        if (!(body instanceof List<?> all)) return body;
        if (!(request instanceof ServletServerHttpRequest servlet)) return body;
        var query = servlet.getServletRequest(); // decoded: ?page=%D9%A2 is ٢
        var asked = PageQuery.read(query.getParameter("page"), query.getParameter("size"));
        int page = asked.page();
        int size = asked.size();
        int total = all.size();
        int last = Math.max(1, (total + size - 1) / size);
        var links = new ArrayList<String>();
        links.add(link(request, 1, size, "first"));
        if (page > 1) links.add(link(request, Math.min(page - 1, last), size, "prev"));
        if (page < last) links.add(link(request, page + 1, size, "next"));
        links.add(link(request, last, size, "last"));
        response.getHeaders().set(TOTAL, Integer.toString(total));
        response.getHeaders().set("Link", String.join(", ", links));
        long from = (long) (page - 1) * size;
        if (from >= total) return List.of();
        return all.subList((int) from, (int) Math.min(total, from + size));
    }

    private static String link(ServerHttpRequest request, int page, int size, String rel) {
        var uri = ServletUriComponentsBuilder.fromUri(request.getURI()).replaceQueryParam("page", page)
                .replaceQueryParam("size", size).build(true).toUriString(); // the rest of the query stays as it came, encoded
        return "<" + uri + ">; rel=\"" + rel + "\"";
    }

    @ExceptionHandler(PageRefused.class)
    ResponseEntity<ProblemDetail> refused(PageRefused e, Locale locale) {
        var problem = problems.detail(PortalError.PAGING_REFUSED);
        problem.setProperty("errors", Map.of(e.field, messages.getMessage("portal.api.paging." + e.field,
                new Object[]{e.min, e.max}, "portal.api.paging." + e.field, locale)));
        return ResponseEntity.status(PortalError.PAGING_REFUSED.status()).body(problem);
    }
}
