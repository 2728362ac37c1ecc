package org.nafitha.detention;

import java.util.Optional;

import org.nafitha.registers.Kinship;

/** What a contact is to the detainee. Relatives must be found so in the civil register. */
public enum Relation {
    PARENT, CHILD, SPOUSE, SIBLING, LAWYER, EMBASSY;

    /** The civil register's kinship this relation claims; none for a lawyer or an embassy. */
    public Optional<Kinship> kinship() {
        return switch (this) {
            case PARENT -> Optional.of(Kinship.PARENT);
            case CHILD -> Optional.of(Kinship.CHILD);
            case SPOUSE -> Optional.of(Kinship.SPOUSE);
            case SIBLING -> Optional.of(Kinship.SIBLING);
            case LAWYER, EMBASSY -> Optional.empty();
        };
    }
}
