package org.nafitha.appointments.internal;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import org.nafitha.appointments.PersonAppointments;
import org.springframework.stereotype.Component;

@Component
class PersonAppointmentsQuery implements PersonAppointments {

    private final Appointments appointments;
    private final Offices offices;
    private final Clock clock;

    PersonAppointmentsQuery(Appointments appointments, Offices offices, Clock clock) {
        this.appointments = appointments;
        this.offices = offices;
        this.clock = clock;
    }

    @Override
    public List<Coming> coming(String nationalId) {
        var now = clock.instant();
        return appointments.of(nationalId).stream()
                .filter(a -> a.active() && a.endsAt().isAfter(now))
                .sorted(Comparator.comparing(Appointment::startsAt))
                .map(a -> {
                    var office = offices.find(a.officeId());
                    return new Coming(a.code(), a.serviceCode(), office.map(Office::nameAr).orElse(a.officeId()),
                            office.map(Office::nameEn).orElse(a.officeId()), a.startsAt(), a.status().name());
                })
                .toList();
    }
}
