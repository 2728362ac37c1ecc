package org.nafitha.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.aop.framework.Advised;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.modulith.events.core.PublicationTargetIdentifier;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An outbox entry is marked done in its listener's own transaction: the mark is there before the
 * listener's work commits, and a listener that fails leaves its entry unfinished, marked FAILED.
 */
@NafithaTest
class OutboxInListenerTransactionsTest {

    @Autowired
    OutboxProbe probe;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ApplicationContext context;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    TransactionAttributeSource attributes;

    private final String word = "probe-" + UUID.randomUUID();

    @AfterEach
    void forgetTheProbesEntry() {
        jdbc.sql("DELETE FROM event_publication WHERE serialized_event LIKE :word").param("word", "%" + word + "%").update();
    }

    @Test
    void theEntryIsMarkedDoneInsideTheListenersTransactionBeforeItCommits() {
        transactions.executeWithoutResult(status -> events.publishEvent(new OutboxProbe.Probed(word, false)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status()));
        assertThat(probe.completeBeforeCommit(word))
                .as("seen on the listener's own connection, before its commit").isTrue();
    }

    @Test
    void aListenerThatFailsLeavesItsEntryUnfinishedAndMarkedFailed() {
        transactions.executeWithoutResult(status -> events.publishEvent(new OutboxProbe.Probed(word, true)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "FAILED".equals(status()));
        assertThat(probe.heard(word)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM event_publication WHERE serialized_event LIKE :word AND completion_date IS NULL")
                .param("word", "%" + word + "%").query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aListenerWhoseTransactionOnlyReadsHasItsEntryMarkedDoneApart() {
        transactions.executeWithoutResult(status -> events.publishEvent(new OutboxProbe.ProbedReading(word)));

        await().atMost(Duration.ofSeconds(30)).until(() -> "COMPLETED".equals(status()));
        assertThat(probe.heard(word)).isTrue();
    }

    @Test
    void theEntriesOfAnEventWithTwoListenersAreWrittenTogetherAsModulithWritesOne() {
        var alone = "probe-" + UUID.randomUUID();
        transactions.executeWithoutResult(status -> {
            events.publishEvent(new OutboxProbe.ProbedTwice(word));
            events.publishEvent(new OutboxProbe.Probed(alone, false));
        });
        await().atMost(Duration.ofSeconds(30)).until(() -> probe.heard(word) && probe.heard(word + " again")
                && probe.completeBeforeCommit(alone) != null);

        var together = jdbc.sql("""
                        SELECT listener_id, event_type, serialized_event, status, completion_attempts,
                               last_resubmission_date = publication_date FROM event_publication
                        WHERE serialized_event LIKE :word ORDER BY listener_id""")
                .param("word", "%" + word + "%").query().listOfRows();
        assertThat(together).hasSize(2);
        assertThat(together).extracting(row -> row.get("listener_id")).doesNotHaveDuplicates();
        assertThat(together).allSatisfy(row -> {
            assertThat(row.get("event_type")).isEqualTo(OutboxProbe.ProbedTwice.class.getName());
            assertThat(row.get("serialized_event").toString()).contains(word);
            assertThat(row.get("status")).isEqualTo("COMPLETED");
        });
        var modulithsOwn = jdbc.sql("""
                        SELECT completion_attempts, last_resubmission_date = publication_date FROM event_publication
                        WHERE serialized_event LIKE :word""")
                .param("word", "%" + alone + "%").query().listOfRows();
        assertThat(together).extracting(row -> List.copyOf(row.values()).subList(4, 6))
                .as("written as Modulith writes the entry of an event with one listener")
                .containsOnly(List.copyOf(modulithsOwn.getFirst().values()));
        jdbc.sql("DELETE FROM event_publication WHERE serialized_event LIKE :word").param("word", "%" + alone + "%").update();
    }

    @Test
    void aListenersTransactionOpensAfterItsThreadIsChosenAndBeforeTheCompletionIsMarked() {
        var advice = Arrays.stream(((Advised) probe).getAdvisors()).map(a -> a.getAdvice().getClass().getSimpleName()).toList();
        assertThat(advice).containsSubsequence("AnnotationAsyncExecutionInterceptor", "TransactionInterceptor",
                "CompletionRegisteringMethodInterceptor");
    }

    @Test
    void theOnlyAdviceOnTheApplicationsBeansIsThreadsTransactionsAndTheOutboxs() {
        var singletons = ((ConfigurableApplicationContext) context).getBeanFactory();
        var kinds = Arrays.stream(singletons.getSingletonNames()).map(singletons::getSingleton)
                .filter(bean -> bean instanceof Advised && AopUtils.getTargetClass(bean).getName().startsWith("org.nafitha"))
                .flatMap(bean -> Arrays.stream(((Advised) bean).getAdvisors()))
                .map(a -> a.getAdvice().getClass().getSimpleName()).distinct().toList();
        // @Repository's exception translation is appended by a post-processor of its own, after the
        // others whatever their order: still innermost
        assertThat(kinds).as("moving transactions first changes no other advice's order")
                .isSubsetOf(List.of("AnnotationAsyncExecutionInterceptor", "TransactionInterceptor",
                        "CompletionRegisteringMethodInterceptor", "PersistenceExceptionTranslationInterceptor"));
    }

    @Test
    void onlyTheFailureMarkTakesATransactionOfItsOwn() throws NoSuchMethodException {
        var target = AopUtils.getTargetClass(registry);
        assertThat(target).isEqualTo(ListenerTransactionRegistry.class);
        assertThat(propagation(target, "markProcessing")).isEqualTo(TransactionDefinition.PROPAGATION_SUPPORTS);
        assertThat(propagation(target, "markCompleted")).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRED);
        assertThat(propagation(target, "markFailed")).isEqualTo(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    private int propagation(Class<?> target, String method) throws NoSuchMethodException {
        var m = target.getMethod(method, Object.class, PublicationTargetIdentifier.class);
        return attributes.getTransactionAttribute(m, target).getPropagationBehavior();
    }

    private String status() {
        return jdbc.sql("SELECT status FROM event_publication WHERE serialized_event LIKE :word")
                .param("word", "%" + word + "%").query(String.class).optional().orElse(null);
    }
}
