package org.nafitha.operations.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.core.EventPublicationRegistry;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.interceptor.DefaultTransactionAttribute;
import org.springframework.transaction.interceptor.TransactionAttributeSource;
import org.springframework.transaction.support.DefaultTransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** Only the event registry's progress marks commit without waiting for the disk; everything else waits. */
@NafithaTest
class OutboxBookkeepingTest {

    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    TransactionAttributeSource attributes;
    @Autowired
    EventPublicationRegistry registry;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theRegistrysProgressMarksAreTheTransactionsNamedAsBookkeeping() {
        var target = AopUtils.getTargetClass(registry);
        var marks = Arrays.stream(target.getMethods()).filter(m -> m.getName().startsWith("mark"))
                .map(m -> attributes.getTransactionAttribute(m, target))
                .filter(a -> a != null)
                .map(a -> ((DefaultTransactionAttribute) a).getDescriptor())
                .toList();
        assertThat(marks).as("markProcessing, markCompleted, markFailed are named as bookkeeping when they run in a transaction of their own")
                .hasSizeGreaterThanOrEqualTo(3).allMatch(name -> name.startsWith(OutboxBookkeeping.BOOKKEEPING));
        var store = Arrays.stream(target.getMethods()).filter(m -> m.getName().equals("store")).findFirst().orElseThrow();
        var storing = attributes.getTransactionAttribute(store, target);
        assertThat(storing == null || !((DefaultTransactionAttribute) storing)
                .getDescriptor().startsWith(OutboxBookkeeping.BOOKKEEPING)).as("storing an event is not bookkeeping").isTrue();
    }

    @Test
    void onPostgresqlOnlyBookkeepingCommitsWithoutWaitingForTheDisk() {
        var product = jdbc.sql("SELECT 1").query(rs -> {
            return rs.getStatement().getConnection().getMetaData().getDatabaseProductName();
        });
        assumeTrue("PostgreSQL".equals(product), "synchronous_commit is PostgreSQL's (run with CI=true)");
        assertThat(synchronousCommitIn(OutboxBookkeeping.BOOKKEEPING + "Completed")).isEqualTo("off");
        assertThat(synchronousCommitIn("org.nafitha.cases.internal.SubmittingCases.submit")).isEqualTo("on");
        assertThat(synchronousCommitIn(null)).isEqualTo("on");
        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single())
                .as("SET LOCAL ends with its transaction; the pooled connection is back to the default").isEqualTo("on");
    }

    private String synchronousCommitIn(String name) {
        var definition = new DefaultTransactionDefinition();
        definition.setName(name);
        return new TransactionTemplate(transactions, definition)
                .execute(status -> jdbc.sql("SHOW synchronous_commit").query(String.class).single());
    }
}
