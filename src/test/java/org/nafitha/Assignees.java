package org.nafitha;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Who the fair draw gave a case to: tests act as them, as a real officer works their own queue. */
public final class Assignees {

    private Assignees() {
    }

    public static String of(JdbcClient jdbc, String reference) {
        return jdbc.sql("SELECT assignee FROM cases WHERE reference = :ref").param("ref", reference)
                .query(String.class).optional()
                .orElseThrow(() -> new AssertionError("case " + reference + " is held by nobody"));
    }
}
