package org.nafitha.notifications.web;

import org.nafitha.identity.Actor;

/** Whom a signed-in person's notifications are addressed to: their national ID, or an account's username without one. */
final class Recipient {

    private Recipient() {
    }

    static String of(Actor actor) {
        return actor.nationalId() == null ? actor.username() : actor.nationalId();
    }
}
