package org.nafitha.meetings.internal;

import org.nafitha.meetings.MeetingsProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(MeetingsProperties.class)
class MeetingsConfiguration {
}
