package org.nafitha.identity.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.nafitha.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import java.util.Set;

/** Sign-in accounts of people and staff. */
@Repository
public class Accounts {

    private final JdbcClient jdbc;

    Accounts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<NafithaUser> findByUsername(String username) {
        return jdbc.sql("""
                        SELECT username, national_id, display_name_ar, display_name_en, password_hash, roles, department, mobile, enabled
                        FROM accounts WHERE username = :u""")
                .param("u", username)
                .query((rs, n) -> new NafithaUser(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getString(4), rs.getString(5),
                        Arrays.stream(rs.getString(6).split(",")).map(Role::valueOf).collect(Collectors.toSet()),
                        rs.getString(7), rs.getString(8), rs.getBoolean(9)))
                .optional();
    }

    public boolean exists(String username) {
        return jdbc.sql("SELECT COUNT(*) FROM accounts WHERE username = :u").param("u", username)
                .query(Long.class).single() > 0;
    }

    public void create(String username, @Nullable String nationalId, String nameAr, String nameEn, String passwordHash,
                Set<Role> roles, @Nullable String department, @Nullable String mobile) {
        jdbc.sql("""
                        INSERT INTO accounts (username, national_id, display_name_ar, display_name_en, password_hash,
                                              roles, department, mobile, enabled)
                        VALUES (:u, :nid, :ar, :en, :hash, :roles, :dept, :mobile, TRUE)""")
                .param("u", username).param("nid", nationalId).param("ar", nameAr).param("en", nameEn)
                .param("hash", passwordHash)
                .param("roles", roles.stream().map(Role::name).sorted().collect(Collectors.joining(",")))
                .param("dept", department).param("mobile", mobile)
                .update();
    }

    /** Staff of a women's section handle (and enter) the cases flagged for it. */
    void joinWomenSection(String username) {
        jdbc.sql("UPDATE accounts SET women_section = TRUE WHERE username = :u").param("u", username).update();
    }
}
