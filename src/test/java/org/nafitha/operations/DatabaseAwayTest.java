package org.nafitha.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * The database goes away under a running node (a restart, a failover): people and apps are told
 * 503 with Retry-After, in their language — never 500 — and the node answers normally again as
 * soon as the database is back, without a restart.
 */
@NafithaTest
@Import(DatabaseAwayTest.Unplugged.class)
class DatabaseAwayTest {

    static final AtomicBoolean AWAY = new AtomicBoolean();

    @LocalServerPort
    int port;

    @AfterEach
    void plugBackIn() {
        AWAY.set(false);
    }

    @Test
    void anAppIsToldToRetryWithProblemJsonAndTheNodeAnswersAgainOnceTheDatabaseIsBack() {
        var api = new ApiClient(port);
        var token = api.signIn("1000000008");
        assertThat(api.get("/api/v1/applications", token).status()).isEqualTo(200);

        AWAY.set(true);
        var away = api.get("/api/v1/applications", token);
        assertThat(away.status()).isEqualTo(503);
        assertThat(away.raw().headers().firstValue("Retry-After")).contains("5");
        assertThat(away.contentType()).startsWith("application/problem+json");
        assertThat(away.text("code")).isEqualTo("operations.unavailable");
        var submit = api.post("/api/v1/applications", token,
                "{\"serviceCode\":\"passport-renewal\",\"fields\":{\"validityYears\":\"5\",\"mobile\":\"0501234567\"}}",
                "Idempotency-Key", "database-away-1");
        assertThat(submit.status()).isEqualTo(503);

        AWAY.set(false);
        assertThat(api.get("/api/v1/applications", token).status()).isEqualTo(200);
        var retried = api.post("/api/v1/applications", token,
                "{\"serviceCode\":\"passport-renewal\",\"fields\":{\"validityYears\":\"5\",\"mobile\":\"0501234567\"}}",
                "Idempotency-Key", "database-away-1");
        assertThat(retried.status()).isEqualTo(201);
    }

    @Test
    void aPersonWithASessionSeesAPageInTheirLanguageNotAnError() throws Exception {
        AWAY.set(true);
        var http = HttpClient.newHttpClient();
        // a returning visitor: the session is looked up in the database before anything else
        var page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services"))
                .header("Cookie", "SESSION=YTJmOWQ1ZTItYjQ0Ni00ZjA1LWI1ZTEtY2U5ZjZmNmU2ZjRk; nafitha-lang=en")
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.headers().firstValue("Retry-After")).contains("5");
        assertThat(page.body()).contains("lang=\"en\"", "The service is paused for a moment");

        var arabic = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/services"))
                .header("Cookie", "SESSION=YTJmOWQ1ZTItYjQ0Ni00ZjA1LWI1ZTEtY2U5ZjZmNmU2ZjRk")
                .header("Accept-Language", "ar").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(arabic.statusCode()).isEqualTo(503);
        assertThat(arabic.body()).contains("dir=\"rtl\"", "الخدمة متوقفة لحظات");
    }

    /** Every new connection refused while AWAY is set, as Hikari refuses when the server is gone. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Unplugged {
        @Bean
        static BeanPostProcessor unpluggableDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    if (!(bean instanceof DataSource dataSource) || bean instanceof DelegatingDataSource) return bean;
                    return new DelegatingDataSource(dataSource) {
                        @Override
                        public Connection getConnection() throws SQLException {
                            if (AWAY.get()) throw new SQLTransientConnectionException("HikariPool-1 - Connection is not available (database away)");
                            return super.getConnection();
                        }
                    };
                }
            };
        }
    }
}
