package org.nafitha.identity;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/** How to reach a person or member of staff: for notifications, which decide what to say. */
public interface Contacts {

    /** By national ID (people) or username (staff). */
    Optional<Contact> find(String nationalIdOrUsername);

    /** @param mobile international form, e.g. {@code +966501234567}; null when none is registered */
    record Contact(String username, @Nullable String nationalId, String nameAr, String nameEn,
                   @Nullable String mobile) {
    }
}
