package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.nafitha.catalogue.Catalogue;
import org.nafitha.country.PhoneNumbers;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's staff accounts: roles, department, mobile (for the sign-in code), enabled. */
@Controller
class StaffAdminController {

    private static final Set<Role> STAFF_ROLES = EnumSet.complementOf(EnumSet.of(Role.APPLICANT));

    private final JdbcClient jdbc;
    private final Accounts accounts;
    private final Catalogue catalogue;
    private final PhoneNumbers phones;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    StaffAdminController(TransactionTemplate tx, JdbcClient jdbc, Accounts accounts, Catalogue catalogue, PhoneNumbers phones,
                         PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit, MessageSource messages) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.phones = phones;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
    }

    record StaffRow(String username, String nameAr, String nameEn, String roles, String department, String mobile,
                    boolean enabled) {
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        return page(model, Map.of(), Map.of());
    }

    @PostMapping("/admin/staff")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String nameAr,
                  @RequestParam(defaultValue = "") String nameEn, @RequestParam(defaultValue = "") List<Role> roles,
                  @RequestParam(defaultValue = "") String department, @RequestParam(defaultValue = "") String mobile,
                  @RequestParam(defaultValue = "") String password, Actor admin, Model model, Locale locale,
                  RedirectAttributes redirect) {
        var errors = new LinkedHashMap<String, String>();
        var name = username.strip().toLowerCase(Locale.ROOT);
        if (!name.matches("[a-z][a-z0-9._-]{2,31}")) errors.put("username", msg("identity.admin.staff.username.invalid", locale));
        else if (accounts.exists(name)) errors.put("username", msg("identity.admin.staff.username.taken", locale));
        if (nameAr.isBlank()) errors.put("nameAr", msg("catalogue.field.required", locale));
        var chosen = roles.stream().filter(STAFF_ROLES::contains).toList();
        if (chosen.isEmpty()) errors.put("roles", msg("identity.admin.staff.roles.required", locale));
        var phone = phones.normalise(mobile);
        if (phone.isEmpty()) errors.put("mobile", msg("identity.register.mobile.invalid", locale));
        var weak = policy.problems(name, password);
        if (!weak.isEmpty()) errors.put("password", msg("identity.password." + weak.getFirst(), locale));
        if (!errors.isEmpty()) {
            return page(model, errors, Map.of("username", username, "nameAr", nameAr, "nameEn", nameEn,
                    "department", department, "mobile", mobile));
        }
        try {
            tx.executeWithoutResult(status -> {
                accounts.create(name, null, nameAr.strip(), nameEn.isBlank() ? nameAr.strip() : nameEn.strip(),
                        encoder.encode(password), Set.copyOf(chosen), department.isBlank() ? null : department, phone.get());
                audit.record(new AuditEntry(admin.username(), Role.ADMIN.name(), "identity.staff.create", null, null,
                        name + " " + chosen + " " + department));
            });
        } catch (DuplicateKeyException raced) {
            // Another request created the same username a moment ago.
            return page(model, Map.of("username", msg("identity.admin.staff.username.taken", locale)),
                    Map.of("username", username, "nameAr", nameAr, "nameEn", nameEn, "department", department, "mobile", mobile));
        }
        redirect.addFlashAttribute("banner", "identity.admin.staff.created");
        redirect.addFlashAttribute("bannerReference", name);
        return "redirect:/admin/staff";
    }

    @PostMapping("/admin/staff/{username}/enabled")
    @Transactional
    String enable(@PathVariable String username, @RequestParam boolean enabled, Actor admin) {
        var changed = jdbc.sql("UPDATE accounts SET enabled = :e WHERE username = :u AND national_id IS NULL AND username <> :self")
                .param("e", enabled).param("u", username).param("self", admin.username()).update();
        if (changed == 1) {
            audit.record(new AuditEntry(admin.username(), Role.ADMIN.name(),
                    enabled ? "identity.staff.enable" : "identity.staff.disable", null, null, username));
        }
        return "redirect:/admin/staff";
    }

    private String page(Model model, Map<String, String> errors, Map<String, String> values) {
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

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
