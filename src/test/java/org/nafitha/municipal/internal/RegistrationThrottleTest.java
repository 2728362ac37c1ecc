package org.nafitha.municipal.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.time.Period;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.nafitha.NafithaTest;
import org.nafitha.municipal.MunicipalProperties;
import org.nafitha.operations.RateLimits;
import org.springframework.beans.factory.annotation.Autowired;

/** The public registration's brake, at limits of its own (the suite's address limit is out of reach). */
@NafithaTest
class RegistrationThrottleTest {

    @Autowired
    RateLimits limits;

    @Test
    void anAddressStartsOnlySoManyRegistrationsAnHourAndDigitsOfAnyScriptAreOneNumber() {
        var throttle = new RegistrationThrottle(limits, new MunicipalProperties(
                new MunicipalProperties.Matching(16, 11, 500), new MunicipalProperties.Registrations(3, 2),
                LocalTime.of(7, 0), Period.ofYears(2)));
        var address = "203.0.113." + UUID.randomUUID();
        for (int i = 0; i < 3; i++) assertThat(throttle.allow(address, "+96170" + i + UUID.randomUUID().hashCode())).isTrue();
        assertThat(throttle.allow(address, "+961701234567")).as("the address's fourth in the hour").isFalse();

        var other = "198.51.100." + UUID.randomUUID();
        var number = "+9617" + String.format("%07d", Math.abs(UUID.randomUUID().hashCode()) % 10_000_000);
        var arabic = number.chars().mapToObj(c -> Character.isDigit(c) ? String.valueOf((char) ('٠' + (c - '0'))) : String.valueOf((char) c))
                .reduce("", String::concat);
        assertThat(throttle.allow(other, number)).isTrue();
        assertThat(throttle.allow(other, arabic)).as("the same number in Arabic-Indic digits").isTrue();
        assertThat(throttle.allow("192.0.2." + UUID.randomUUID(), number)).as("a third code to it, from anywhere").isFalse();
    }
}
