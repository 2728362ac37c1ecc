package org.nafitha.payments.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The gateway's doors, ahead of the API's bearer tokens: its notifications carry an HMAC signature
 * instead (checked by {@link GatewayNotificationsApi}), and the simulator plays a foreign acquirer
 * with its own pages and keys (served only where it is enabled).
 */
@Configuration
class PaymentsSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain gateway(HttpSecurity http) throws Exception {
        return http.securityMatcher("/api/v1/payments/gateway/notifications", "/simulator/gateway/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'")))
                .build();
    }
}
