package org.nafitha.portal;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.nafitha.ApiClient;
import org.nafitha.NafithaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Everything a person can do on the portal can be done through the API, by the same rules. The
 * portal's actions are read from the running application (every handler of a page controller), so a
 * new page fails this test until it is placed in one of the tables below: its API twin, a reason it
 * has none, or an area that is not a citizen's.
 */
@NafithaTest
class PortalApiParityTest {

    /** Portal action → the API operation that does the same, as "METHOD path" of both. */
    static final Map<String, String> TWINS = Map.ofEntries(
            // the detainee window (issue 21)
            entry("GET /detainees", "GET /api/v1/detainees"),
            entry("GET /detainees/{id}", "GET /api/v1/detainees/{id}"),
            entry("GET /detainees/{id}/requests/new", "GET /api/v1/detainees/{id}"),
            entry("POST /detainees/{id}/requests", "POST /api/v1/detainees/{id}/requests"),
            // finding a service and its form
            entry("GET /", "GET /api/v1/services"),
            entry("GET /services", "GET /api/v1/services"),
            entry("GET /services/{code}", "GET /api/v1/services/{code}"),
            entry("GET /assistant", "POST /api/v1/assistant/ask"), // a question is a query: GET on the page
            entry("GET /services/{code}/apply", "GET /api/v1/services/{code}"), // the form is the schema
            entry("POST /services/{code}/apply", "POST /api/v1/applications"),
            // the page's check-your-answers step: the API validates and submits in one idempotent call
            entry("GET /applications/drafts/{id}", "POST /api/v1/applications"),
            entry("POST /applications/drafts/{id}/submit", "POST /api/v1/applications"),
            // following an application
            entry("GET /my", "GET /api/v1/applications"),
            entry("GET /applications", "GET /api/v1/applications"),
            entry("GET /applications/{reference}", "GET /api/v1/applications/{reference}"),
            entry("GET /applications/{reference}/confirmation", "GET /api/v1/applications/{reference}"),
            // satisfaction after a case has ended (issue 24)
            entry("GET /applications/{reference}/satisfaction", "GET /api/v1/applications/{reference}/satisfaction"),
            entry("POST /applications/{reference}/satisfaction", "POST /api/v1/applications/{reference}/satisfaction"),
            entry("GET /performance", "GET /api/v1/performance"),
            entry("POST /applications/{reference}/appeal", "POST /api/v1/applications/{reference}/appeals"),
            entry("POST /applications/{reference}/information", "POST /api/v1/applications/{reference}/information"),
            entry("POST /applications/{reference}/messages", "POST /api/v1/applications/{reference}/messages"),
            entry("GET /applications/{reference}/delivery", "GET /api/v1/applications/{reference}/delivery"),
            entry("POST /applications/{reference}/delivery", "POST /api/v1/applications/{reference}/delivery"),
            entry("GET /applications/{reference}/document", "GET /api/v1/applications/{reference}/document/accessible"),
            entry("GET /applications/{reference}/document.pdf", "GET /api/v1/applications/{reference}/document/pdf"),
            // appointments
            entry("GET /appointments", "GET /api/v1/appointments"),
            entry("GET /appointments/book", "GET /api/v1/appointments/offices"),
            entry("POST /appointments/book", "POST /api/v1/appointments"),
            entry("GET /appointments/{code}", "GET /api/v1/appointments/{id}"),
            entry("GET /appointments/{code}/reschedule", "GET /api/v1/appointments/slots"),
            entry("POST /appointments/{code}/reschedule", "PUT /api/v1/appointments/{id}"),
            entry("POST /appointments/{code}/cancel", "DELETE /api/v1/appointments/{id}"),
            entry("POST /appointments/{code}/interpreter", "PUT /api/v1/appointments/{id}/interpreter"),
            entry("POST /appointments/{code}/interpreter/withdraw", "DELETE /api/v1/appointments/{id}/interpreter"),
            // meeting officials
            entry("GET /officials/sessions", "GET /api/v1/officials/sessions"),
            entry("GET /appointments/officials", "GET /api/v1/officials"),
            entry("POST /appointments/officials", "POST /api/v1/meeting-requests"),
            entry("GET /appointments/officials/requests/{id}", "GET /api/v1/meeting-requests/{id}"),
            // video meetings (issue 22): the page's call runs on the same operations under /meetings/{id}/
            entry("GET /meetings/{id}", "GET /api/v1/meetings/{id}"),
            entry("GET /meetings/{id}/chat", "GET /api/v1/meetings/{id}/messages"),
            entry("POST /meetings/{id}/chat", "POST /api/v1/meetings/{id}/messages"),
            // the written channel
            entry("GET /communication", "GET /api/v1/conversations"),
            entry("POST /communication", "POST /api/v1/conversations"),
            entry("GET /communication/{reference}", "GET /api/v1/conversations/{reference}"),
            entry("POST /communication/{reference}", "POST /api/v1/conversations/{reference}/messages"),
            // notifications
            entry("GET /inbox", "GET /api/v1/inbox"),
            entry("POST /inbox/read", "POST /api/v1/inbox/read"),
            entry("GET /notifications/preferences", "GET /api/v1/notifications/preferences"),
            entry("POST /notifications/preferences", "PUT /api/v1/notifications/preferences"),
            // mandates
            entry("GET /mandates", "GET /api/v1/mandates"),
            entry("POST /mandates", "POST /api/v1/mandates"),
            entry("POST /mandates/{id}/revoke", "DELETE /api/v1/mandates/{id}"),
            entry("POST /mandates/representatives", "PUT /api/v1/companies/{crNumber}/representatives/{nationalId}"),
            entry("POST /mandates/representatives/remove", "DELETE /api/v1/companies/{crNumber}/representatives/{nationalId}"),
            // payments
            entry("GET /payments", "GET /api/v1/payments/due"),
            entry("POST /payments", "POST /api/v1/payments"),
            entry("GET /payments/{id}/return", "GET /api/v1/payments/{id}"),
            entry("GET /payments/{id}/receipt", "GET /api/v1/payments/{id}/receipt"),
            // my records, my account
            entry("GET /registers/mine", "GET /api/v1/registers/mine"),
            entry("GET /account/needs", "GET /api/v1/account/needs"),
            entry("POST /account/needs", "PUT /api/v1/account/needs"),
            entry("GET /account/access", "GET /api/v1/account/access"),
            entry("POST /account/access/{id}/question", "POST /api/v1/account/access/{id}/question"),
            // signing in: password, then the code sent by SMS; a new code is a new login
            entry("GET /signin", "POST /api/v1/auth/login"),
            entry("GET /signin/code", "POST /api/v1/auth/otp"),
            entry("POST /signin/code", "POST /api/v1/auth/otp"),
            entry("POST /signin/code/resend", "POST /api/v1/auth/login"),
            // checking a document anyone holds
            entry("GET /verify", "GET /api/v1/verify/{code}"),
            entry("GET /verify/{code}", "GET /api/v1/verify/{code}"));

    /** Citizen actions with no API twin yet, each with the reason; none is skipped silently. */
    static final Map<String, String> WITHOUT_TWIN = Map.ofEntries(
            entry("GET /status", "the public status page of the platform's dependencies; machines read "
                    + "/actuator/health, which is not a citizen's API"),
            entry("GET /appointments/{code}/calendar.ics", "a file for the browser's calendar: the API gives start and "
                    + "end (ISO-8601) for the app's own calendar"),
            entry("GET /me", "the portal's redirect to the signed-in person's start page; nothing to do"),
            entry("GET /register", "registration proves the person on the web (national identity or SMS to the "
                    + "registered phone): apps open the portal's registration"),
            entry("POST /register", "as above: registration stays on the web"),
            entry("GET /register/code", "as above: registration stays on the web"),
            entry("POST /register/code", "as above: registration stays on the web"),
            entry("GET /register/password", "as above: registration stays on the web"),
            entry("POST /register/password", "as above: registration stays on the web"),
            entry("GET /account/mobile", "changing the phone that receives sign-in codes takes codes to both numbers; "
                    + "kept on the web until the API has a step-up sign-in"),
            entry("POST /account/mobile", "as above: the sign-in phone changes on the web"),
            entry("POST /account/mobile/confirm", "as above: the sign-in phone changes on the web"),
            entry("GET /account/sessions", "the portal's browser sessions; API tokens are short-lived and not sessions"),
            entry("POST /account/sessions/sign-out-everywhere", "ends the portal's browser sessions and every API "
                    + "token issued so far; an app that lost its token has nothing left to sign out"));

    /** Parts of the site that are not a citizen's, by path prefix, with whose they are. */
    static final Map<String, String> NOT_CITIZEN_AREAS = Map.ofEntries(
            entry("/staff/", "staff pages; partner systems use /api/v1/staff, /courier, /finance"),
            entry("/admin/", "administrators"),
            entry("/reception", "reception desk at a service centre"),
            entry("/call-centre", "call-centre agents"),
            entry("/inspection", "inspectors of an oversight body; their export is /api/v1/staff"),
            entry("/kiosk", "the self-service kiosk's shell, driven by staff-installed devices"),
            entry("/appointments/display/", "an office's waiting-room screen, opened with its token"),
            entry("/simulator/", "the payment gateway simulator (demo profile)"),
            entry("/dev/", "the development outbox"),
            entry("/design", "the design system's own page"),
            entry("/municipal/", "the joint municipal platform: municipal affairs' reviews (/api/v1/municipal/reviews) and "
                    + "registrations (/api/v1/municipal/registrations, whose public registration is the pages' twin), "
                    + "a municipality's own page"),
            entry("/error", "error pages"));

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping handlers;

    @LocalServerPort
    int port;

    /** "METHOD path" of every handler of a page controller of ours (not the REST ones). */
    private TreeSet<String> portalActions() {
        var actions = new TreeSet<String>();
        handlers.getHandlerMethods().forEach((info, method) -> {
            var type = method.getBeanType();
            if (!type.getPackageName().startsWith("org.nafitha")) return;
            if (!AnnotatedElementUtils.hasAnnotation(type, Controller.class)) return;
            if (AnnotatedElementUtils.hasAnnotation(type, ResponseBody.class)
                    || AnnotatedElementUtils.hasAnnotation(method.getMethod(), ResponseBody.class)) return;
            var methods = info.getMethodsCondition().getMethods().isEmpty() ? List.of("ANY")
                    : info.getMethodsCondition().getMethods().stream().map(Enum::name).toList();
            for (var path : info.getPatternValues()) {
                methods.forEach(m -> actions.add(m + " " + path));
            }
        });
        return actions;
    }

    private static boolean inOtherArea(String action) {
        var path = action.substring(action.indexOf(' ') + 1);
        return NOT_CITIZEN_AREAS.keySet().stream().anyMatch(path::startsWith);
    }

    @Test
    void everyCitizenActionOfThePortalHasAnApiTwinOrAStatedReason() {
        var actions = portalActions();
        assertThat(actions).as("the portal's actions were found").hasSizeGreaterThan(40);
        var unplaced = actions.stream().filter(a -> !TWINS.containsKey(a) && !WITHOUT_TWIN.containsKey(a) && !inOtherArea(a))
                .toList();
        assertThat(unplaced).as("portal actions with no API twin and no reason: add the endpoint, or list it in "
                + "WITHOUT_TWIN with why").isEmpty();
    }

    @Test
    void everyTwinNamedIsAnOperationOfThePublishedApiAndEveryRowIsAPortalAction() {
        var document = new ApiClient(port).get("/v3/api-docs", null).body();
        var operations = new TreeSet<String>();
        for (var path : document.path("paths").propertyNames()) {
            for (var method : document.path("paths").path(path).propertyNames()) {
                operations.add(method.toUpperCase(Locale.ROOT) + " " + path);
            }
        }
        assertThat(TWINS.values().stream().filter(op -> !operations.contains(op)).distinct().toList())
                .as("twins missing from /v3/api-docs").isEmpty();
        var actions = portalActions();
        var stale = new TreeSet<String>(TWINS.keySet());
        stale.addAll(WITHOUT_TWIN.keySet());
        stale.removeAll(actions);
        assertThat(stale).as("rows for portal actions that no longer exist").isEmpty();
        assertThat(WITHOUT_TWIN.keySet()).as("an action cannot both have a twin and a reason for none")
                .doesNotContainAnyElementsOf(TWINS.keySet());
    }
}
