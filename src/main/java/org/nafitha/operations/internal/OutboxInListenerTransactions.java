package org.nafitha.operations.internal;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.transaction.annotation.EnableTransactionManagement;

/**
 * What lets an outbox entry be marked done in its listener's own transaction
 * ({@link ListenerTransactionRegistry}):
 * <ul>
 *   <li>a transaction opens ahead of every other advice on a method: for an event listener, ahead of
 *       Spring Modulith's completion interceptor ({@code HIGHEST_PRECEDENCE + 10}), which marks the
 *       entry. Spring Boot's default put it last, inside the interceptor, so the marks had to commit
 *       on their own. Only {@code @Async} stays ahead, so the transaction opens on the listener's
 *       thread. No other advice of the application is affected: there is no method security,
 *       caching or retry advice here (see {@code OutboxInListenerTransactionsTest});</li>
 *   <li>the registry Modulith declares, unconditionally, is replaced by ours under the same name.</li>
 * </ul>
 * Spring Boot's own transaction configuration steps aside for this one; its class proxies are kept.
 */
@Configuration(proxyBeanMethods = false)
@EnableTransactionManagement(proxyTargetClass = true, order = OutboxInListenerTransactions.TRANSACTIONS_FIRST)
class OutboxInListenerTransactions {

    static final int TRANSACTIONS_FIRST = Ordered.HIGHEST_PRECEDENCE;

    /** The name of Modulith's registry bean, from its {@code EventPublicationConfiguration}. */
    static final String REGISTRY = "eventPublicationRegistry";

    @Bean
    static BeanDefinitionRegistryPostProcessor listenerTransactionRegistry() {
        return OutboxInListenerTransactions::replaceRegistry;
    }

    private static void replaceRegistry(BeanDefinitionRegistry beans) {
        var ours = new RootBeanDefinition(ListenerTransactionRegistry.class);
        ours.setRole(BeanDefinition.ROLE_INFRASTRUCTURE);
        if (beans.containsBeanDefinition(REGISTRY)) beans.removeBeanDefinition(REGISTRY);
        beans.registerBeanDefinition(REGISTRY, ours);
    }
}
