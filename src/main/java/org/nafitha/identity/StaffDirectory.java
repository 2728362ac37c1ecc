package org.nafitha.identity;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** Who works where: the members of staff a case can be assigned to. */
@Service
public class StaffDirectory {

    private final JdbcClient jdbc;

    StaffDirectory(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A member of staff able to act on cases. */
    public record Member(String username, String nameAr, String nameEn, Set<Role> roles,
                         boolean womenSection) {

        public String name(Locale locale) {
            return "ar".equals(locale.getLanguage()) ? nameAr : nameEn;
        }
    }

    /** Enabled staff of the department, ordered by username. */
    public List<Member> department(String department) {
        return jdbc.sql("""
                        SELECT username, display_name_ar, display_name_en, roles, women_section FROM accounts
                        WHERE department = :dept AND national_id IS NULL AND enabled ORDER BY username""")
                .param("dept", department)
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3),
                        roles(rs.getString(4)), rs.getBoolean(5)))
                .list();
    }

    /**
     * Enabled staff of the department holding the role: of its women's section for the cases flagged
     * for it, of the rest of the department otherwise.
     */
    public List<Member> holding(String department, Role role, boolean womenSection) {
        return department(department).stream().filter(m -> m.roles().contains(role))
                .filter(m -> m.womenSection() == womenSection).toList();
    }

    /** Enabled staff holding the role, whatever their department (e.g. the ministry's leadership), ordered by username. */
    public List<Member> holding(Role role) {
        return jdbc.sql("""
                        SELECT username, display_name_ar, display_name_en, roles, women_section FROM accounts
                        WHERE national_id IS NULL AND enabled AND roles LIKE :role ORDER BY username""")
                .param("role", "%" + role.name() + "%")
                .query((rs, n) -> new Member(rs.getString(1), rs.getString(2), rs.getString(3),
                        roles(rs.getString(4)), rs.getBoolean(5)))
                .list().stream().filter(m -> m.roles().contains(role)).toList();
    }

    private static Set<Role> roles(String stored) {
        var roles = EnumSet.noneOf(Role.class);
        for (var name : stored.split(",")) if (!name.isBlank()) roles.add(Role.valueOf(name.strip()));
        return roles;
    }
}
