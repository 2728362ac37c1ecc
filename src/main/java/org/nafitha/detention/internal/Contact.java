package org.nafitha.detention.internal;

import java.util.UUID;

import org.nafitha.detention.Relation;

/** Someone the detainee named (through staff) as a contact, and where staff stand on it. */
public record Contact(UUID id, UUID detainee, String person, String name, Relation relation, Status status,
                      String proposedBy, int version) {

    public enum Status { PROPOSED, APPROVED, WITHDRAWN }
}
