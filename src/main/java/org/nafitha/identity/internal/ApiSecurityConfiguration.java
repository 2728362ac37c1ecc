package org.nafitha.identity.internal;

import static org.nafitha.identity.internal.RoleGroups.COMPLAINANTS;
import static org.nafitha.identity.internal.RoleGroups.MUNICIPAL;
import static org.nafitha.identity.internal.RoleGroups.PRISON_STAFF;
import static org.nafitha.identity.internal.RoleGroups.SAME_ORIGIN;
import static org.nafitha.identity.internal.RoleGroups.STAFF;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.nafitha.identity.Role;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The stateless REST API's filter chain (bearer tokens, problem+json errors, who may call what) and the
 * API documentation pages'. The portal's chain, after these, is {@link SecurityConfiguration}'s.
 */
@Configuration
class ApiSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, ApiTokens tokens) throws Exception {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName("roles");
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        // A bearer token is checked on every API call: its manager publishes no authentication-success
        // event (nothing listens to one, and each went through the event registry's listener lookup).
        var bearer = new JwtAuthenticationProvider(tokens.decoder());
        bearer.setJwtAuthenticationConverter(converter);
        var bearerTokens = new ProviderManager(bearer);
        return http.securityMatcher("/api/**")
                .csrf(csrf -> csrf.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .headers(h -> h.referrerPolicy(r -> r.policy(SAME_ORIGIN)))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(HttpMethod.POST, "/api/v1/auth/login", "/api/v1/auth/otp").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/dev/outbox").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/services", "/api/v1/services/**").permitAll()
                        // where a service is received, with opening hours: public, as on the office's door
                        .requestMatchers(HttpMethod.GET, "/api/v1/appointments/offices").permitAll()
                        // the guidance assistant is public like the catalogue; a token, if sent, is still read
                        .requestMatchers(HttpMethod.POST, "/api/v1/assistant/ask").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/transparency/tree-head", "/api/v1/transparency/tree-heads",
                                "/api/v1/transparency/public-key", "/api/v1/transparency/proof/**").permitAll()
                        // Anyone may check an issued document; couriers sign each request (HMAC) instead of a token.
                        .requestMatchers(HttpMethod.GET, "/api/v1/verify/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/v1/performance", "/api/v1/open-data/**").permitAll()
                        .requestMatchers("/api/v1/courier/**").permitAll()
                        .requestMatchers("/api/v1/finance/**").hasRole(Role.FINANCE.name())
                        .requestMatchers("/api/v1/analytics/**").hasAnyRole(Role.HEAD.name(), Role.LEADERSHIP.name())
                        .requestMatchers("/api/v1/staff/detention/**").hasAnyRole(PRISON_STAFF)
                        // Officials and mukhtars register before they have an account.
                        .requestMatchers(HttpMethod.POST, "/api/v1/municipal/registrations",
                                "/api/v1/municipal/registrations/*/mobile").permitAll()
                        // complaints: citizens and call-centre agents file them too (the municipal module scopes each read)
                        .requestMatchers("/api/v1/municipal/complaints", "/api/v1/municipal/complaints/**")
                                .hasAnyRole(COMPLAINANTS)
                        .requestMatchers("/api/v1/municipal/**").hasAnyRole(MUNICIPAL)
                        .requestMatchers("/api/v1/staff/**").hasAnyRole(STAFF)
                        .anyRequest().authenticated())
                .oauth2ResourceServer(rs -> rs
                        .jwt(jwt -> jwt.authenticationManager(bearerTokens))
                        .authenticationEntryPoint((req, res, e) -> problem(res, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((req, res, e) -> problem(res, HttpStatus.FORBIDDEN)))
                .exceptionHandling(ex -> ex
                        .authenticationEntryPoint((req, res, e) -> problem(res, HttpStatus.UNAUTHORIZED))
                        .accessDeniedHandler((req, res, e) -> problem(res, HttpStatus.FORBIDDEN)))
                .build();
    }

    /** The API documentation pages: Swagger UI sets inline styles, so its policy allows them. */
    @Bean
    @Order(2)
    SecurityFilterChain apiDocumentationPages(HttpSecurity http) throws Exception {
        return http.securityMatcher("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .headers(h -> h.referrerPolicy(r -> r.policy(SAME_ORIGIN)).contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                                + "script-src 'self'; frame-ancestors 'none'")))
                .build();
    }

    static void problem(HttpServletResponse response, HttpStatus status) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + "}");
    }
}
