package org.nafitha.portal.web;

import org.nafitha.portal.PortalProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

@Configuration
@EnableConfigurationProperties(PortalProperties.class)
class PortalConfiguration {

    /**
     * The shipped fonts for everyone, and the style page past the sign-in wall (its controller
     * decides: demo, or staff only). The rest of the portal's rules are the identity module's.
     */
    @Bean
    @Order(2)
    SecurityFilterChain portalAssets(HttpSecurity http) throws Exception {
        return http.securityMatcher("/fonts/**", "/design", "/design/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.referrerPolicy(r -> r.policy(ReferrerPolicy.SAME_ORIGIN)).contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")))
                .build();
    }
}
