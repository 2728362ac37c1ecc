package org.nafitha.notifications.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Every event we tell people about, each with the variables its templates may use. Any event
 * type can join by adding a key here and its default texts to {@code notifications/templates.yml};
 * a template naming a variable its event does not provide is refused when saved.
 */
public enum TemplateKey {
    CASE_SUBMITTED("case-submitted", Audience.APPLICANT),
    CASE_NEEDS_INFORMATION("case-needs-information", Audience.APPLICANT, "note"),
    CASE_APPROVED("case-approved", Audience.APPLICANT),
    CASE_REJECTED("case-rejected", Audience.APPLICANT, "note"),
    CASE_READY_FOR_PICKUP("case-ready-for-pickup", Audience.APPLICANT, "office"),
    CASE_OUT_FOR_DELIVERY("case-out-for-delivery", Audience.APPLICANT),
    APPOINTMENT_BOOKED("appointment-booked", Audience.APPLICANT, Variables.APPOINTMENT),
    APPOINTMENT_CHANGED("appointment-changed", Audience.APPLICANT, Variables.APPOINTMENT),
    APPOINTMENT_REMINDER("appointment-reminder", Audience.APPLICANT, Variables.APPOINTMENT),
    PAYMENT_RECEIVED("payment-received", Audience.APPLICANT, "amount", "receiptLink"),
    SLA_BREACHED("sla-breached", Audience.STAFF, "department", "dueDate"),
    /** A case ended: its applicant is asked how satisfied they are, with the way to the question. */
    SATISFACTION_ASKED("satisfaction-asked", Audience.APPLICANT, "ratingLink"),
    /** The ministry's daily performance report, to leadership (reference: the report's day). */
    DAILY_REPORT("daily-report", Audience.STAFF, "reportLink", "csvLink"),
    /** The detainee window: a family's request decided (reference: the request's). */
    DETENTION_REQUEST_DECIDED("detention-request-decided", Audience.APPLICANT, "detainee", "requestType", "decision"),
    /** The detainee window: a followed detainee's legal status or trial changed (reference: the file number). */
    DETENTION_STATUS_CHANGED("detention-status-changed", Audience.APPLICANT, "detainee", "legalStatus"),
    /** The national operations room's daily report, to its staff (reference: the report's day). */
    MUNICIPAL_DAILY_REPORT("municipal-daily-report", Audience.STAFF, "reportLink", "csvLink"),
    /** A citizen's complaint to a municipality or the ministry was closed (reference: the complaint's). */
    COMPLAINT_CLOSED("complaint-closed", Audience.APPLICANT, "resolution", "complaintLink"),
    /** A sign-language interpreter assigned to a video meeting (reference: the meeting's booking). */
    INTERPRETER_ASSIGNED("interpreter-assigned", Audience.STAFF, "meetingDate", "meetingHijriDate", "meetingWeekday",
            "meetingTime", "callsLink");

    public enum Audience { APPLICANT, STAFF }

    /** A template without these says nothing useful. */
    public static final Set<String> REQUIRED = Set.of("reference");

    private final String key;
    private final Audience audience;
    private final Set<String> variables;

    TemplateKey(String key, Audience audience, String... extra) {
        this.key = key;
        this.audience = audience;
        var all = new LinkedHashSet<>(Variables.COMMON);
        all.addAll(Arrays.asList(extra));
        this.variables = Set.copyOf(all);
    }

    public String key() {
        return key;
    }

    public Audience audience() {
        return audience;
    }

    public Set<String> variables() {
        return variables;
    }

    public static Optional<TemplateKey> of(String key) {
        return Arrays.stream(values()).filter(k -> k.key.equals(key)).findFirst();
    }

    private static final class Variables {
        /** Always available: the reader's name, the case, and when the event happened (both calendars). */
        static final Set<String> COMMON = Set.of("name", "reference", "service", "date", "hijriDate", "weekday",
                "time");
        static final String[] APPOINTMENT = {"office", "appointmentDate", "appointmentHijriDate",
                "appointmentWeekday", "appointmentTime"};
    }
}
