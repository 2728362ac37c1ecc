package org.nafitha.appointments.internal;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Actor;

/**
 * @param forPerson      national ID of the person the appointment is for; null for oneself
 * @param idempotencyKey the API client's key: the same key and request give the same appointment
 */
public record BookingRequest(Actor actor, @Nullable String forPerson, String serviceCode, String officeId,
                             Instant start, @Nullable String caseReference, @Nullable String idempotencyKey) {
}
