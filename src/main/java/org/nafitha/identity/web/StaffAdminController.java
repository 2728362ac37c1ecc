package org.nafitha.identity.web;

import org.nafitha.identity.internal.*;

import java.util.Map;

import org.nafitha.identity.Actor;
import org.nafitha.identity.Role;
import org.nafitha.transparency.AuditEntry;
import org.nafitha.transparency.AuditTrail;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The administrator's staff accounts: roles, department, mobile (for the sign-in code), enabled; a new
 * one is created through {@link NewStaffAccountController}.
 */
@Controller
class StaffAdminController {

    private final JdbcClient jdbc;
    private final StaffAdminPage page;
    private final AuditTrail audit;

    StaffAdminController(JdbcClient jdbc, StaffAdminPage page, AuditTrail audit) {
        this.jdbc = jdbc;
        this.page = page;
        this.audit = audit;
    }

    @GetMapping("/admin/staff")
    String list(Model model) {
        return page.render(model, Map.of(), Map.of());
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
}
