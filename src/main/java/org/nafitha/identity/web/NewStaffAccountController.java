package org.nafitha.identity.web;

import static org.nafitha.identity.web.StaffAdminPage.STAFF_ROLES;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.nafitha.country.PhoneNumbers;
import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.identity.internal.Accounts;
import org.nafitha.identity.internal.PasswordPolicy;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.context.MessageSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrator's form for a new staff account: checked field by field, created and audited at once. */
@Controller
class NewStaffAccountController {

    private final StaffAdminPage page;
    private final Accounts accounts;
    private final PhoneNumbers phones;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final AuditTrail audit;
    private final MessageSource messages;
    private final TransactionTemplate tx;

    NewStaffAccountController(StaffAdminPage page, TransactionTemplate tx, Accounts accounts, PhoneNumbers phones,
                              PasswordPolicy policy, PasswordEncoder encoder, AuditTrail audit, MessageSource messages) {
        this.page = page;
        this.accounts = accounts;
        this.phones = phones;
        this.policy = policy;
        this.encoder = encoder;
        this.audit = audit;
        this.messages = messages;
        this.tx = tx;
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
            return page.render(model, errors, Map.of("username", username, "nameAr", nameAr, "nameEn", nameEn,
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
            return page.render(model, Map.of("username", msg("identity.admin.staff.username.taken", locale)),
                    Map.of("username", username, "nameAr", nameAr, "nameEn", nameEn, "department", department, "mobile", mobile));
        }
        redirect.addFlashAttribute("banner", "identity.admin.staff.created");
        redirect.addFlashAttribute("bannerReference", name);
        return "redirect:/admin/staff";
    }

    private String msg(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }
}
