package org.nafitha.registers;

import java.util.Optional;

import org.nafitha.country.NationalId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.util.Collection;
import java.util.List;

/** Who sponsors a resident: a company (commercial registration number) or a person (national ID). */
@Service
public class ResidencyRegister {

    private final JdbcClient jdbc;

    ResidencyRegister(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The residents sponsored by any of these sponsors (people or companies). */
    public List<NationalId> sponsoredBy(Collection<String> sponsors) {
        if (sponsors.isEmpty()) return List.of();
        return jdbc.sql("SELECT national_id FROM residency_register WHERE sponsor IN (:s) ORDER BY national_id")
                .param("s", sponsors).query((rs, n) -> new NationalId(rs.getString(1))).list();
    }

    public Optional<String> sponsorOf(NationalId resident) {
        return jdbc.sql("SELECT sponsor FROM residency_register WHERE national_id = :id").param("id", resident.value())
                .query(String.class).optional();
    }
}
