package org.nafitha.identity.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Stream;

import org.nafitha.identity.Role;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * Two filter chains: the stateless REST API with bearer tokens and problem+json errors, and the
 * browser portal with sessions, CSRF-protected forms and a sign-in page.
 */
@Configuration
class SecurityConfiguration {

    /**
     * No address of ours (a waiting-room screen's token, a case reference in a path) leaves the site in
     * a Referer header: only same-origin requests carry one.
     */
    private static final ReferrerPolicyHeaderWriter.ReferrerPolicy SAME_ORIGIN =
            ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN;

    /** The back office (one rule, {@link Role#isBackOffice}, also used by the pages' navigation). */
    private static final String[] STAFF = Arrays.stream(Role.values()).filter(Role::isBackOffice).map(Role::name)
            .toArray(String[]::new);

    private static final String[] PRISON_STAFF = {Role.PRISON_OFFICER.name(), Role.PRISON_SOCIAL.name(),
            Role.PRISON_SECURITY.name(), Role.PRISON_HEAD.name()};

    /**
     * Who hosts video meetings — the back office (officials) and the prison officers of video visits — and
     * the sign-language interpreters assigned to them (the meetings module checks which meeting is whose).
     */
    private static final String[] MEETING_HOSTS = Stream.concat(Arrays.stream(STAFF),
            Stream.of(Role.PRISON_OFFICER.name(), Role.INTERPRETER.name())).toArray(String[]::new);

    /** The joint municipal platform: municipalities, mukhtars, the ministry's municipal affairs and the operations room. */
    private static final String[] MUNICIPAL = {Role.MUNICIPAL_STAFF.name(), Role.MUKHTAR.name(),
            Role.MUNICIPAL_AFFAIRS.name(), Role.OPERATIONS_ROOM.name()};

    /** Who files and follows complaints: the municipal platform, citizens and the call centre's agents. */
    private static final String[] COMPLAINANTS = Stream.concat(Arrays.stream(MUNICIPAL),
            Stream.of(Role.APPLICANT.name(), Role.AGENT.name())).toArray(String[]::new);

    @Bean
    PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    @Bean
    ThrottledAuthenticationProvider throttledPasswords(AccountDetailsService accounts, PasswordEncoder encoder,
                                                       SignInThrottle throttle) {
        var dao = new DaoAuthenticationProvider(accounts);
        dao.setPasswordEncoder(encoder);
        return new ThrottledAuthenticationProvider(dao, throttle);
    }

    /** The password check of the API; the portal adds the national identity provider to it. */
    @Bean
    AuthenticationManager authenticationManager(ThrottledAuthenticationProvider throttledPasswords) {
        return new ProviderManager(throttledPasswords);
    }

    /**
     * No observation per security filter, authentication and authorisation: with an observation registry
     * present Spring Security wraps each of the chain's filters in one, and even switched off by
     * {@code management.observations.enable} each still built its context — a seventh of the CPU of
     * {@code /bench/hello} in a flight recording. The HTTP request's own observation (metrics) stays.
     */
    @Bean
    SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }

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

    @Bean
    @Order(3)
    SecurityFilterChain portal(HttpSecurity http, SignInCodeStep codeStep,
                               ThrottledAuthenticationProvider throttledPasswords,
                               ObjectProvider<ClientRegistrationRepository> nationalIdentity,
                               NationalIdentitySignIn nationalIdentitySignIn) throws Exception {
        // Sign-in with the national digital-identity provider, only when one is configured.
        var providers = nationalIdentity.getIfAvailable();
        // The throttled password check, never a default one built from the UserDetailsService.
        var manager = providers == null ? new ProviderManager(throttledPasswords)
                : new ProviderManager(throttledPasswords, new OidcAuthorizationCodeAuthenticationProvider(
                        new RestClientAuthorizationCodeTokenResponseClient(), new OidcUserService()));
        http.authenticationManager(manager);
        if (providers != null) {
            var resolver = new DefaultOAuth2AuthorizationRequestResolver(providers, "/oauth2/authorization");
            resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
            http.oauth2Login(oauth -> oauth.loginPage("/signin")
                    .authorizationEndpoint(a -> a.authorizationRequestResolver(resolver))
                    .successHandler(nationalIdentitySignIn)
                    .failureHandler((request, response, failure) -> {
                        LoggerFactory.getLogger(SecurityConfiguration.class)
                                .warn("National identity sign-in failed: {}", failure.getMessage());
                        response.sendRedirect(request.getContextPath() + "/signin?nationalIdentityUnknown");
                    }));
        }
        var failure = new SimpleUrlAuthenticationFailureHandler("/signin?error") {
            @Override
            public void onAuthenticationFailure(HttpServletRequest request,
                                                HttpServletResponse response,
                                                AuthenticationException exception)
                    throws IOException, ServletException {
                setDefaultFailureUrl(exception instanceof TooManySignInAttempts ? "/signin?throttled" : "/signin?error");
                super.onAuthenticationFailure(request, response, exception);
            }
        };
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/", "/services", "/services/**", "/signin", "/error", "/error/**",
                                "/css/**", "/img/**", "/js/**", "/webjars/**", "/favicon.ico",
                                "/actuator/health", "/actuator/health/**", "/bench/hello",
                                // only from nafitha.operations.metrics-from (operations.MetricsAccess)
                                "/actuator/prometheus", "/dev/outbox",
                                "/register", "/register/**", "/verify", "/assistant", "/verify/**", "/appointments/display/**", "/officials/sessions",
                                // the kiosk's sign-in steps (the kiosk module keeps its sessions inside /kiosk)
                                "/kiosk", "/kiosk/card", "/kiosk/code", "/kiosk/signout",
                                // the public performance and status pages (analytics)
                                "/performance", "/status",
                                // a municipality's official or a mukhtar registers before any account exists
                                "/municipal/register", "/municipal/register/**").permitAll()
                        .requestMatchers("/signin/code", "/signin/code/resend").hasAuthority(NafithaUser.CODE_PENDING)
                        .requestMatchers("/admin/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/staff/detention", "/staff/detention/**").hasAnyRole(PRISON_STAFF)
                        // the call page of a video visit: its officers host it, security watches it (meetings checks the facility)
                        .requestMatchers("/staff/meetings/*/watch").hasRole(Role.PRISON_SECURITY.name())
                        .requestMatchers("/staff/meetings/**").hasAnyRole(MEETING_HOSTS)
                        .requestMatchers("/municipal/reviews", "/municipal/reviews/**").hasRole(Role.MUNICIPAL_AFFAIRS.name())
                        .requestMatchers("/municipal/operations", "/municipal/operations/**").hasRole(Role.OPERATIONS_ROOM.name())
                        .requestMatchers("/municipal/complaints", "/municipal/complaints/**").hasAnyRole(COMPLAINANTS)
                        // a municipality's field workers (MunicipalStaff scopes them to their municipality)
                        .requestMatchers("/municipal/assessments", "/municipal/assessments/**")
                                .hasAnyRole(Role.MUNICIPAL_STAFF.name(), Role.MUKHTAR.name())
                        .requestMatchers("/municipal/registrations", "/municipal/registrations/**").hasRole(Role.MUNICIPAL_AFFAIRS.name())
                        .requestMatchers("/municipal/home").hasAnyRole(Role.MUNICIPAL_STAFF.name(), Role.MUKHTAR.name())
                        .requestMatchers("/staff/analytics", "/staff/analytics/**").hasAnyRole(Role.HEAD.name(), Role.LEADERSHIP.name())
                        .requestMatchers("/staff/**").hasAnyRole(STAFF)
                        .anyRequest().hasAuthority(NafithaUser.SIGNED_IN))
                .formLogin(form -> form.loginPage("/signin").loginProcessingUrl("/signin")
                        .usernameParameter("username").passwordParameter("password")
                        .successHandler(codeStep)
                        .failureHandler(failure))
                .exceptionHandling(ex -> ex
                        // A kiosk never shows the portal's sign-in page: its own start asks for the card.
                        .authenticationEntryPoint(signInPage())
                        .accessDeniedHandler((request, response, denied) -> {
                    var auth = SecurityContextHolder.getContext().getAuthentication();
                    var pending = auth != null && auth.getAuthorities().stream()
                            .anyMatch(a -> NafithaUser.CODE_PENDING.equals(a.getAuthority()));
                    if (pending) response.sendRedirect(request.getContextPath() + "/signin/code");
                    else response.sendError(HttpStatus.FORBIDDEN.value());
                }))
                .logout(logout -> logout.logoutUrl("/signout").logoutSuccessUrl("/"))
                .headers(h -> h.referrerPolicy(r -> r.policy(SAME_ORIGIN)).contentSecurityPolicy(csp -> csp.policyDirectives(
                        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
                                + "frame-ancestors 'none'; form-action 'self'")))
                .build();
    }

    /** The portal's sign-in page, or the kiosk's start for the kiosk's own pages. */
    private static AuthenticationEntryPoint signInPage() {
        var portal = new LoginUrlAuthenticationEntryPoint("/signin");
        var kiosk = new LoginUrlAuthenticationEntryPoint("/kiosk");
        var kioskPages = PathPatternRequestMatcher.pathPattern("/kiosk/**");
        return (request, response, e) -> (kioskPages.matches(request) ? kiosk : portal).commence(request, response, e);
    }

    static void problem(HttpServletResponse response, HttpStatus status) throws IOException {
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"" + status.getReasonPhrase()
                + "\",\"status\":" + status.value() + "}");
    }
}
