package org.nafitha.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.task.TaskDecorator;
import org.springframework.scheduling.annotation.AsyncConfigurer;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * What the operators' tools see: Prometheus figures of the ministry's work (submissions by channel,
 * queue depth, sending backlog, outbox), only from the addresses allowed to scrape, and a request id
 * on every answer that also reaches the work the request handed to other threads.
 */
@NafithaTest
class ObservabilityTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void prometheusCountsAnAcknowledgedSubmissionAndShowsTheQueuesAndBacklogs() {
        var api = new ApiClient(port);
        var before = submitted(api);
        var citizen = api.login("1000000016");
        var key = UUID.randomUUID().toString();
        var body = """
                {"serviceCode":"passport-renewal","fields":{"validityYears":"5","mobile":"0551112233"}}""";
        var first = api.post("/api/v1/applications", citizen, body, "Idempotency-Key", key);
        assertThat(first.status()).isEqualTo(201);
        assertThat(api.post("/api/v1/applications", citizen, body, "Idempotency-Key", key).text("reference"))
                .isEqualTo(first.text("reference"));
        assertThat(submitted(api)).as("a retried submission is not counted twice").isEqualTo(before + 1);

        refresh("caseMetrics", "notificationMetrics", "outboxMetrics");
        var text = api.get("/actuator/prometheus", null).raw().body();
        assertThat(text).containsPattern("nafitha_cases_open\\{department=\"[a-z-]+\",state=\"[A-Z_]+\"} \\d");
        assertThat(text).contains("nafitha_outbox_incomplete ", "nafitha_outbox_oldest_incomplete_seconds ");
        assertThat(text).contains("# TYPE nafitha_notifications_backlog gauge");
        assertThat(text).as("each request is timed").contains("http_server_requests_seconds_count{");
        assertThat(text).as("no long-task timer per request (application.yml)").doesNotContain("http_server_requests_active");
    }

    private long submitted(ApiClient api) {
        var scrape = api.get("/actuator/prometheus", null);
        assertThat(scrape.status()).isEqualTo(200);
        var matcher = Pattern.compile("nafitha_cases_submitted_total\\{channel=\"ONLINE\"[^}]*} ([0-9.E]+)")
                .matcher(scrape.raw().body());
        return matcher.find() ? (long) Double.parseDouble(matcher.group(1)) : 0;
    }

    private void refresh(String... beans) {
        for (var name : beans) {
            var bean = context.getBean(name);
            try {
                var method = bean.getClass().getDeclaredMethod("refresh");
                method.setAccessible(true);
                method.invoke(bean);
            } catch (ReflectiveOperationException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void everyAnswerCarriesARequestIdAndAForgedOneIsReplaced() {
        var api = new ApiClient(port);
        var fresh = api.get("/services", null).raw().headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(fresh).matches("[0-9a-f-]{36}");
        var kept = api.get("/services", null, "X-Request-Id", "lb-7f3a9c21").raw().headers().firstValue("X-Request-Id");
        assertThat(kept).contains("lb-7f3a9c21");
        var forged = api.get("/services", null, "X-Request-Id", "x\"} injected log line")
                .raw().headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(forged).matches("[0-9a-f-]{36}");
    }

    @Test
    void theRequestIdTravelsToTheBoundedListenerPool() throws InterruptedException {
        var executor = context.getBean("applicationTaskExecutor", ThreadPoolTaskExecutor.class);
        assertThat(context.getBean(AsyncConfigurer.class).getAsyncExecutor())
                .as("the @Async listeners' default, not a new thread per event").isSameAs(executor);
        assertThat(executor.getMaxPoolSize()).as("the listeners' pool is bounded").isEqualTo(4);
        assertThat(context.getBeansOfType(TaskDecorator.class)).isNotEmpty();
        List<String> seen = new CopyOnWriteArrayList<>();
        MDC.put("requestId", "req-12345678");
        try {
            var latch = new CountDownLatch(1);
            executor.execute(() -> {
                seen.add(Thread.currentThread().getName().replaceAll("\\d+$", "") + MDC.get("requestId"));
                latch.countDown();
            });
            assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            MDC.remove("requestId");
        }
        assertThat(seen).containsExactly("listener-req-12345678");
    }
}
