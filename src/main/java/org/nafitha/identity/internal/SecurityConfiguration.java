package org.nafitha.identity.internal;

import static org.nafitha.identity.internal.RoleGroups.SAME_ORIGIN;

import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;

/**
 * No per-filter observations, and the browser portal's filter chain: sessions, CSRF-protected forms
 * and a sign-in page, who may open which page ({@link PortalAccessRules}). Passwords are checked as
 * {@link PasswordsConfiguration} says; the API's chains come first ({@link ApiSecurityConfiguration}).
 */
@Configuration
class SecurityConfiguration {

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
        return http
                .authorizeHttpRequests(PortalAccessRules::apply)
                .formLogin(form -> form.loginPage("/signin").loginProcessingUrl("/signin")
                        .usernameParameter("username").passwordParameter("password")
                        .successHandler(codeStep)
                        .failureHandler(new SignInFailures()))
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
