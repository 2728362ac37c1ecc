package org.nafitha.kiosk.internal;

import java.time.Clock;

import org.nafitha.kiosk.KioskProperties;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
class KioskConfiguration {

    /** Before Spring Security, so that an idle session is gone before anyone reads it. */
    @Bean
    FilterRegistrationBean<KioskBoundary> kioskBoundary(Clock clock, KioskProperties properties) {
        var registration = new FilterRegistrationBean<>(new KioskBoundary(clock, properties));
        registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER - 1);
        registration.addUrlPatterns("/*");
        return registration;
    }
}
