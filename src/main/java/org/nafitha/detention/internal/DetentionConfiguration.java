package org.nafitha.detention.internal;

import org.nafitha.detention.DetentionProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DetentionProperties.class)
class DetentionConfiguration {
}
