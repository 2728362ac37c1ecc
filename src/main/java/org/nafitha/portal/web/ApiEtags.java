package org.nafitha.portal.web;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * Every successful API read carries an {@code ETag} (a hash of the answer), and a client that sends
 * it back in {@code If-None-Match} gets {@code 304 Not Modified} with no body while nothing changed:
 * a mobile app polling an unchanged case downloads nothing. Spring's shallow filter computes the
 * hash from the rendered answer, so it can never claim "unchanged" for a changed answer.
 */
@Configuration(proxyBeanMethods = false)
class ApiEtags {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtagFilter() {
        var registration = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        registration.addUrlPatterns("/api/v1/*");
        registration.setName("apiEtags");
        return registration;
    }
}
