package org.nafitha.documents.internal;

import org.nafitha.documents.DocumentsProperties;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** clamd when {@code nafitha.documents.clamd.host} is set, otherwise no scanning. */
@Configuration(proxyBeanMethods = false)
class VirusScanning {

    @Bean
    VirusScanner virusScanner(DocumentsProperties properties) {
        var clamd = properties.clamd();
        if (clamd == null || clamd.host() == null || clamd.host().isBlank()) {
            LoggerFactory.getLogger(VirusScanning.class).info("No virus scanner configured (nafitha.documents.clamd.host)");
            return VirusScanner.NONE;
        }
        return new ClamdScanner(clamd.host(), clamd.port(), clamd.timeout());
    }
}
