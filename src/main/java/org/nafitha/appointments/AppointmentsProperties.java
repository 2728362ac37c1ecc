package org.nafitha.appointments;

import java.time.Duration;
import java.time.LocalTime;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param horizonDays     how many days ahead a day opens for booking
 * @param releaseTime     the published local time at which a new day opens
 * @param drawWindow      requests in this first window after opening are allotted by a recorded draw
 * @param cutOff          no booking, change or cancellation later than this before the start
 * @param maxActive       how many active appointments a person may hold (all services)
 * @param perAccount      booking attempts per account per minute
 * @param perAddress      booking attempts per client address per minute
 * @param noShowAfter     an appointment not checked in this long after its start is a no-show
 */
@ConfigurationProperties("nafitha.appointments")
public record AppointmentsProperties(@Nullable Integer horizonDays, @Nullable LocalTime releaseTime,
                                     @Nullable Duration drawWindow, @Nullable Duration cutOff,
                                     @Nullable Integer maxActive, @Nullable Integer perAccount,
                                     @Nullable Integer perAddress, @Nullable Duration noShowAfter,
                                     @Nullable Boolean jobs) {

    public AppointmentsProperties {
        if (horizonDays == null) horizonDays = 21;
        if (releaseTime == null) releaseTime = LocalTime.of(20, 0);
        if (drawWindow == null) drawWindow = Duration.ofMinutes(10);
        if (cutOff == null) cutOff = Duration.ofHours(2);
        if (maxActive == null) maxActive = 4;
        if (perAccount == null) perAccount = 20;
        if (perAddress == null) perAddress = 120;
        if (noShowAfter == null) noShowAfter = Duration.ofMinutes(30);
        if (jobs == null) jobs = true;
    }
}
