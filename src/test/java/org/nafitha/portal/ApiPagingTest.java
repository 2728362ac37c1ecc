package org.nafitha.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.nafitha.country.ArabicDigits;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every list of the API pages the same way: page and size in the query, the list itself in the body,
 * the total and the links in the headers; a page or size out of range is a 400 naming the field.
 */
@NafithaTest
class ApiPagingTest {

    @LocalServerPort
    int port;

    @Test
    void theCataloguePagedByTenHasItsTotalItsLinksAndNoServiceTwice() {
        var api = new ApiClient(port);
        var whole = api.get("/api/v1/services", null);
        int total = whole.body().size();
        assertThat(total).isGreaterThan(20);
        assertThat(whole.raw().headers().firstValue("X-Total-Count")).contains(Integer.toString(total));

        var first = api.get("/api/v1/services?size=10", null);
        assertThat(first.body().size()).isEqualTo(10);
        assertThat(first.raw().headers().firstValue("X-Total-Count")).contains(Integer.toString(total));
        var link = first.raw().headers().firstValue("Link").orElseThrow();
        assertThat(link).contains("page=2&size=10>; rel=\"next\"", "page=1&size=10>; rel=\"first\"")
                .contains("page=" + ((total + 9) / 10) + "&size=10>; rel=\"last\"").doesNotContain("rel=\"prev\"");

        var codes = new HashSet<String>();
        for (int page = 1; page <= (total + 9) / 10; page++) {
            // Arabic-Indic digits as well as Latin ones
            var query = page % 2 == 0 ? "?page=" + ArabicDigits.toArabicIndic(Integer.toString(page))
                    + "&size=١٠" : "?page=" + page + "&size=10";
            api.get("/api/v1/services" + query, null).body().valueStream().forEach(s -> codes.add(s.path("code").asString()));
        }
        assertThat(codes).as("every service once across the pages").hasSize(total);

        var second = api.get("/api/v1/services?page=2&size=10", null).raw().headers().firstValue("Link").orElseThrow();
        assertThat(second).contains("page=1&size=10>; rel=\"prev\"", "page=3&size=10>; rel=\"next\"");
        assertThat(api.get("/api/v1/services?page=99&size=10", null).body().size()).as("past the end").isZero();
    }

    @Test
    void aPageOrSizeOutOfRangeIsRefusedNamingTheFieldInTheReadersLanguage() {
        var api = new ApiClient(port);
        var zero = api.get("/api/v1/services?size=0", null, "Accept-Language", "ar");
        assertThat(zero.status()).isEqualTo(400);
        assertThat(zero.contentType()).startsWith("application/problem+json");
        assertThat(zero.body().path("errors").path("size").asString()).contains("حجم الصفحة");
        var huge = api.get("/api/v1/services?size=100000", null, "Accept-Language", "en");
        assertThat(huge.status()).isEqualTo(400);
        assertThat(huge.body().path("errors").path("size").asString()).contains("500");
        var words = api.get("/api/v1/services?page=first", null, "Accept-Language", "en");
        assertThat(words.status()).isEqualTo(400);
        assertThat(words.body().path("errors").path("page").asString()).contains("whole number");
        assertThat(api.get("/api/v1/services?page=0", null).status()).isEqualTo(400);
    }

    @Test
    void anUnchangedPageIsNotSentAgain() {
        var api = new ApiClient(port);
        var page = api.get("/api/v1/services?page=2&size=5", null);
        var etag = page.raw().headers().firstValue("ETag").orElseThrow();
        var again = api.get("/api/v1/services?page=2&size=5", null, "If-None-Match", etag);
        assertThat(again.status()).isEqualTo(304);
        assertThat(api.get("/api/v1/services?page=3&size=5", null, "If-None-Match", etag).status())
                .as("another page is another answer").isEqualTo(200);
    }
}
