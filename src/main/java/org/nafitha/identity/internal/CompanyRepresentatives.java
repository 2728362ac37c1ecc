package org.nafitha.identity.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The people a company's owner names to act for the company; only the owner adds or removes them. */
@Repository
public class CompanyRepresentatives {

    private final JdbcClient jdbc;
    private final Clock clock;

    CompanyRepresentatives(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    public record Representative(String crNumber, String companyAr, String companyEn, String nationalId, String nameAr,
                          String nameEn, boolean active) {
    }

    record Company(String crNumber, String nameAr, String nameEn) {
    }

    public List<Company> ownedBy(String owner) {
        return jdbc.sql("SELECT cr_number, name_ar, name_en FROM companies WHERE owner = :o ORDER BY cr_number")
                .param("o", owner).query((rs, n) -> new Company(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    public List<Representative> ofCompaniesOwnedBy(String owner) {
        return jdbc.sql("""
                        SELECT r.cr_number, c.name_ar, c.name_en, r.national_id, p.full_name_ar, p.full_name_en, r.removed_at
                        FROM company_representatives r JOIN companies c ON c.cr_number = r.cr_number
                        JOIN civil_register p ON p.national_id = r.national_id
                        WHERE c.owner = :o ORDER BY r.added_at""")
                .param("o", owner)
                .query((rs, n) -> new Representative(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getTimestamp(7) == null))
                .list();
    }

    /** @return null when added, or the message key of the refusal */
    @Nullable String add(String owner, String crNumber, String nationalId) {
        if (ownedBy(owner).stream().noneMatch(c -> c.crNumber().equals(crNumber))) return "identity.representatives.notOwner";
        var updated = jdbc.sql("""
                        UPDATE company_representatives SET removed_at = NULL, added_by = :o, added_at = :at
                        WHERE cr_number = :cr AND national_id = :n""")
                .param("o", owner).param("at", Timestamp.from(clock.instant())).param("cr", crNumber).param("n", nationalId)
                .update();
        if (updated == 0) {
            jdbc.sql("""
                            INSERT INTO company_representatives (cr_number, national_id, added_by, added_at)
                            VALUES (:cr, :n, :o, :at)""")
                    .param("cr", crNumber).param("n", nationalId).param("o", owner).param("at", Timestamp.from(clock.instant()))
                    .update();
        }
        return null;
    }

    boolean remove(String owner, String crNumber, String nationalId) {
        return jdbc.sql("""
                        UPDATE company_representatives SET removed_at = :at
                        WHERE cr_number = :cr AND national_id = :n AND removed_at IS NULL
                          AND cr_number IN (SELECT cr_number FROM companies WHERE owner = :o)""")
                .param("at", Timestamp.from(clock.instant())).param("cr", crNumber).param("n", nationalId).param("o", owner)
                .update() == 1;
    }
}
