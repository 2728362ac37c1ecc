package org.nafitha.operations.internal;

import org.nafitha.operations.OperationsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OperationsProperties.class)
class OperationsConfiguration {
}
