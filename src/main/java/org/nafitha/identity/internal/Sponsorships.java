package org.nafitha.identity.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.nafitha.country.NationalId;
import org.nafitha.registers.CivilRecord;
import org.nafitha.registers.CivilRegister;
import org.nafitha.registers.ResidencyRegister;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/** Whom a person sponsors, themselves or through a company they own: the residents they may give mandates for. */
@Service
public class Sponsorships {

    private final CivilRegister civil;
    private final ResidencyRegister residency;
    private final JdbcClient jdbc;

    Sponsorships(CivilRegister civil, ResidencyRegister residency, JdbcClient jdbc) {
        this.civil = civil;
        this.residency = residency;
        this.jdbc = jdbc;
    }

    /** The actor's own ID and the commercial registrations of the companies they own. */
    List<String> sponsorIdentities(String nationalId) {
        var identities = new ArrayList<String>();
        identities.add(nationalId);
        identities.addAll(jdbc.sql("SELECT cr_number FROM companies WHERE owner = :o").param("o", nationalId)
                .query(String.class).list());
        return identities;
    }

    /** Residents the actor (or their company) sponsors: the people they may give mandates for. */
    public List<CivilRecord> sponsored(String nationalId) {
        return residency.sponsoredBy(sponsorIdentities(nationalId)).stream()
                .flatMap(id -> civil.find(id).stream()).toList();
    }

    /** The sponsor of {@code principal} when it is {@code nationalId} or a company they own; otherwise empty. */
    Optional<String> sponsorOf(String principal, String nationalId) {
        // Whatever the form sent: only a well-formed number is looked up (a long one answered 500).
        var sponsor = principal.matches("\\d{4,20}") ? residency.sponsorOf(new NationalId(principal))
                : Optional.<String>empty();
        return sponsor.filter(s -> sponsorIdentities(nationalId).contains(s));
    }
}
