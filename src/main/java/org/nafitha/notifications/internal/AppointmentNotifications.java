package org.nafitha.notifications.internal;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.nafitha.appointments.AppointmentBooked;
import org.nafitha.appointments.AppointmentChanged;
import org.nafitha.appointments.AppointmentPlace;
import org.nafitha.appointments.AppointmentReminderDue;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Appointment events to the person: inbox always, SMS and e-mail as they chose, with the office
 * and the appointment's weekday, Gregorian and Hijri date and time in their language.
 */
@Component
class AppointmentNotifications {

    private final InboxMessages inbox;
    private final Notifier notifier;
    private final MessageVariables variables;

    AppointmentNotifications(InboxMessages inbox, Notifier notifier, MessageVariables variables) {
        this.inbox = inbox;
        this.notifier = notifier;
        this.variables = variables;
    }

    @ApplicationModuleListener
    void on(AppointmentBooked event) {
        var dedupe = "appointment|" + event.code() + "|booked|" + event.at();
        inbox.deliver(event.person(), dedupe, "appointments.inbox.booked", event.code(), event.serviceCode(), event.at());
        notifier.notify(occurrence(TemplateKey.APPOINTMENT_BOOKED, event.person(), event.reference(), event.serviceCode(),
                event.at(), dedupe, event.place(), event.startsAt()));
    }

    @ApplicationModuleListener
    void on(AppointmentChanged event) {
        var dedupe = "appointment|" + event.code() + "|" + (event.cancelled() ? "cancelled" : "changed") + "|" + event.at();
        inbox.deliver(event.person(), dedupe, event.cancelled() ? "appointments.inbox.cancelled" : "appointments.inbox.changed",
                event.code(), event.serviceCode(), event.at());
        if (!event.cancelled()) {
            notifier.notify(occurrence(TemplateKey.APPOINTMENT_CHANGED, event.person(), event.reference(),
                    event.serviceCode(), event.at(), dedupe, event.place(), event.startsAt()));
        }
    }

    @ApplicationModuleListener
    void on(AppointmentReminderDue event) {
        var dedupe = "appointment|" + event.code() + "|reminder|" + event.startsAt();
        inbox.deliver(event.person(), dedupe, "appointments.inbox.reminder", event.code(), event.serviceCode(), event.at());
        notifier.notify(occurrence(TemplateKey.APPOINTMENT_REMINDER, event.person(), event.reference(),
                event.serviceCode(), event.at(), dedupe, event.place(), event.startsAt()));
    }

    private Notifier.Occurrence occurrence(TemplateKey key, String person, String reference, String service, Instant at,
                                           String dedupe, AppointmentPlace place, Instant startsAt) {
        return new Notifier.Occurrence(key, person, reference, service, at, Map.of(), dedupe, locale -> {
            var values = new HashMap<>(variables.dates("appointment", startsAt, locale));
            values.put("office", place.name(locale));
            return values;
        });
    }
}
