package org.nafitha.identity.web;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.identity.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The staff accounts page: every staff account, and the new account form with its errors and values. */
@Component
class StaffAdminPage {

    static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.APPLICANT));

    private final JdbcClient jdbc;
    private final Catalogue catalogue;

    StaffAdminPage(JdbcClient jdbc, Catalogue catalogue) {
        this.jdbc = jdbc;
        this.catalogue = catalogue;
    }

    record StaffRow(String username, String nameAr, String nameEn, String roles, String department, String mobile,
                    boolean enabled) {
    }

    String render(Model model, Map<String, String> errors, Map<String, String> values) {
        model.addAttribute("staff", jdbc.sql("""
                        SELECT username, display_name_ar, display_name_en, roles, department, mobile, enabled
                        FROM accounts WHERE national_id IS NULL ORDER BY username""")
                .query((rs, n) -> new StaffRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getBoolean(7))).list());
        var departments = new TreeSet<String>();
        catalogue.all().forEach(s -> departments.add(s.department()));
        model.addAttribute("departments", departments);
        model.addAttribute("roles", Arrays.stream(Role.values()).filter(STAFF_ROLES::contains).toList());
        model.addAttribute("errors", errors);
        model.addAttribute("values", values);
        return "identity/staff-admin";
    }
}
