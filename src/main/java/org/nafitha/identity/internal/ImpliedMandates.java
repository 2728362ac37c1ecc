package org.nafitha.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.nafitha.country.Calendars;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Mandates no one had to sign, read from the registers at every use: a guardian for a minor child
 * (civil register), a sponsor for the residents it sponsors and the representatives a company's
 * owner names for the company's sponsored residents (residency register). Each covers the
 * sectors its relation is about.
 */
@Component
public class ImpliedMandates {

    static final Map<String, Set<String>> SECTORS = Map.of(
            "GUARDIAN", Set.of("passports", "civil-status"),
            "SPONSOR", Set.of("residency"),
            "REPRESENTATIVE", Set.of("residency"));
    private static final int AGE_OF_MAJORITY = 18;

    private final JdbcClient jdbc;
    private final Calendars calendars;
    private final Clock clock;

    ImpliedMandates(JdbcClient jdbc, Calendars calendars, Clock clock) {
        this.jdbc = jdbc;
        this.calendars = calendars;
        this.clock = clock;
    }

    /** A relation between the actor and a person; {@code ended} when a representative was removed. */
    public record Relation(String principal, String nameAr, String nameEn, String basis, boolean ended) {

        boolean covers(String sector) {
            return !ended && SECTORS.get(basis).contains(sector);
        }

        /** A stable ID, so a case made under an implied mandate still says which one. */
        UUID id(String actor) {
            return UUID.nameUUIDFromBytes(("implied|" + basis + "|" + actor + "|" + principal).getBytes(StandardCharsets.UTF_8));
        }
    }

    public List<Relation> of(String actor) {
        var relations = new ArrayList<Relation>();
        var adultsBornBefore = calendars.today(clock).minusYears(AGE_OF_MAJORITY);
        jdbc.sql("SELECT national_id, full_name_ar, full_name_en, date_of_birth FROM civil_register WHERE guardian = :a")
                .param("a", actor)
                .query(rs -> {
                    if (rs.getObject(4, LocalDate.class).isAfter(adultsBornBefore)) {
                        relations.add(new Relation(rs.getString(1), rs.getString(2), rs.getString(3), "GUARDIAN", false));
                    }
                });
        jdbc.sql("""
                        SELECT r.national_id, c.full_name_ar, c.full_name_en FROM residency_register r
                        JOIN civil_register c ON c.national_id = r.national_id WHERE r.sponsor = :a""")
                .param("a", actor)
                .query(rs -> {
                    relations.add(new Relation(rs.getString(1), rs.getString(2), rs.getString(3), "SPONSOR", false));
                });
        jdbc.sql("""
                        SELECT r.national_id, c.full_name_ar, c.full_name_en, cr.removed_at FROM company_representatives cr
                        JOIN residency_register r ON r.sponsor = cr.cr_number
                        JOIN civil_register c ON c.national_id = r.national_id
                        WHERE cr.national_id = :a""")
                .param("a", actor)
                .query(rs -> {
                    relations.add(new Relation(rs.getString(1), rs.getString(2), rs.getString(3), "REPRESENTATIVE",
                            rs.getTimestamp(4) != null));
                });
        return relations;
    }

    List<Relation> between(String actor, String principal) {
        return of(actor).stream().filter(r -> r.principal().equals(principal)).toList();
    }
}
