package org.nafitha.municipal.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.nafitha.identity.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.nafitha.identity.Role;

/** Which municipality each municipal account works for: what scopes everything a municipality sees. */
@Repository
public class MunicipalStaff {

    public enum Position { STAFF, MUKHTAR }

    private final JdbcClient jdbc;
    private final Clock clock;

    MunicipalStaff(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The municipality the actor works for, when they are a municipality's staff or a mukhtar. */
    public Optional<String> municipalityOf(Actor actor) {
        if (actor.roles().stream().noneMatch(Role::isMunicipal)) return Optional.empty();
        return jdbc.sql("SELECT municipality FROM municipal_staff WHERE username = :u").param("u", actor.username())
                .query(String.class).optional();
    }

    /** The accounts of a municipality in a position (its staff, or its mukhtars). */
    public List<String> of(String municipality, Position position) {
        return jdbc.sql("SELECT username FROM municipal_staff WHERE municipality = :m AND position = :p ORDER BY username")
                .param("m", municipality).param("p", position.name()).query(String.class).list();
    }

    /** Attaches an account to a municipality, once; an account already attached keeps its municipality. */
    public void attach(String username, String municipality, Position position) {
        jdbc.sql("""
                        INSERT INTO municipal_staff (username, municipality, position, since)
                        SELECT :u, :m, :p, :t WHERE NOT EXISTS (SELECT 1 FROM municipal_staff WHERE username = :u)""")
                .param("u", username).param("m", municipality).param("p", position.name())
                .param("t", Timestamp.from(clock.instant())).update();
    }
}
