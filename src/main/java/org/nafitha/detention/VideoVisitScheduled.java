package org.nafitha.detention;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A family's video visit was approved with its time: the meetings module books the call. Recording
 * is a condition of the visit; prison officers of the facility host it.
 *
 * @param request      the request's id, which the call's meeting takes as its own so the family finds it
 * @param reference    the request's reference (TWS-…), quoted by the family and staff
 * @param familyMember the national ID of the relative who asked and joins the call
 * @param facility     the detainee's facility, i.e. the hosting officers' department
 * @param interpreter  the family member asked for a sign-language interpreter in the call
 * @param interpreterNote their words about it, if any
 */
public record VideoVisitScheduled(UUID request, String reference, String familyMember, String facility,
                                  Instant startsAt, int minutes, boolean interpreter, @Nullable String interpreterNote) {
}
