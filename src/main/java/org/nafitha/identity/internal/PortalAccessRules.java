package org.nafitha.identity.internal;

import static org.nafitha.identity.internal.RoleGroups.COMPLAINANTS;
import static org.nafitha.identity.internal.RoleGroups.MEETING_HOSTS;
import static org.nafitha.identity.internal.RoleGroups.PRISON_STAFF;
import static org.nafitha.identity.internal.RoleGroups.STAFF;

import org.nafitha.identity.Role;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/** Who may open which page of the browser portal: the public pages, then each staff area by role. */
final class PortalAccessRules {

    private PortalAccessRules() {
    }

    static void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry auth) {
        auth
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
                .anyRequest().hasAuthority(NafithaUser.SIGNED_IN);
    }
}
