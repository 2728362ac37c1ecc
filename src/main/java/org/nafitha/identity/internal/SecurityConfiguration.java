package org.nafitha.identity.internal;

import static org.nafitha.identity.internal.RoleGroups.COMPLAINANTS;
import static org.nafitha.identity.internal.RoleGroups.MEETING_HOSTS;
import static org.nafitha.identity.internal.RoleGroups.PRISON_STAFF;
import static org.nafitha.identity.internal.RoleGroups.SAME_ORIGIN;
import static org.nafitha.identity.internal.RoleGroups.STAFF;

import java.io.IOException;

import org.nafitha.identity.Role;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
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
 * Passwords (Argon2id, throttled), no per-filter observations, and the browser portal's filter chain:
 * sessions, CSRF-protected forms and a sign-in page. The API's chains come first
 * ({@link ApiSecurityConfiguration}).
 */
@Configuration
class SecurityConfiguration {

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
}
