package org.nafitha.registers;

import java.util.Optional;

import org.nafitha.country.NationalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** The first-degree relations of the civil register (parents, children, spouses, siblings). */
@Service
public class CivilRelations {

    private final JdbcClient jdbc;

    CivilRelations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What {@code relative} is to {@code person} according to the register, if anything. */
    public Optional<Kinship> of(NationalId person, NationalId relative) {
        return jdbc.sql("SELECT kinship FROM civil_relations WHERE person = :person AND relative = :relative")
                .param("person", person.value()).param("relative", relative.value())
                .query(String.class).optional().map(Kinship::valueOf);
    }
}
