package org.nafitha.issuance.internal;

import org.springframework.boot.task.ThreadPoolTaskExecutorBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * Rendering and signing a document is work for a core: approvals are issued on their own platform
 * threads, one per core up to four (each holds a database connection while it works), so a burst of approvals queues here (safe in the event publication
 * registry) instead of taking every listener thread or every database connection.
 */
@Configuration(proxyBeanMethods = false)
class IssuanceExecutor {

    static final String LISTENERS = "issuanceListeners";

    @Bean(LISTENERS)
    ThreadPoolTaskExecutor issuanceListeners(ThreadPoolTaskExecutorBuilder builder) {
        int cores = Math.min(4, Runtime.getRuntime().availableProcessors());
        return builder.threadNamePrefix("issuance-").corePoolSize(cores).maxPoolSize(cores).build();
    }
}
