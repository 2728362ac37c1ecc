package org.nafitha.analytics.internal;

import org.nafitha.analytics.AnalyticsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(AnalyticsProperties.class)
class AnalyticsConfiguration {
}
