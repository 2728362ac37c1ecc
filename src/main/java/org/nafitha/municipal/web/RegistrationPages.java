package org.nafitha.municipal.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.nafitha.municipal.FieldProblem;
import org.nafitha.municipal.MunicipalError;
import org.nafitha.municipal.NewRegistration;
import org.nafitha.municipal.internal.Organisations;
import org.nafitha.municipal.internal.Registering;
import org.nafitha.municipal.internal.RegistrationThrottle;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The public registration of a municipality's official or a mukhtar, as pages (the API's twin is
 * {@code RegistrationsApi}): the form with the decree; the SMS code and the wait for municipal
 * affairs follow ({@link RegistrationMobilePages}). No account yet, so nothing here is signed in; the registration's id in the address is
 * the only key, and it is a random UUID.
 */
@Controller
class RegistrationPages {

    /** The form's fields, as typed; the password and the file are never sent back. */
    record RegistrationForm(@Nullable String municipality, @Nullable String role, @Nullable String position,
                            @Nullable String officialName, @Nullable String nationalId, @Nullable String mobile,
                            @Nullable String username) {
    }

    private final Registering registering;
    private final RegistrationThrottle throttle;
    private final Organisations organisations;
    private final MessageSource messages;

    RegistrationPages(Registering registering, RegistrationThrottle throttle, Organisations organisations,
                      MessageSource messages) {
        this.registering = registering;
        this.throttle = throttle;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/municipal/register")
    String form(Model model, Locale locale) {
        return form(new RegistrationForm(null, null, null, null, null, null, null), Map.of(), false, model, locale);
    }

    @PostMapping("/municipal/register")
    String register(@ModelAttribute RegistrationForm form, @RequestParam(required = false) @Nullable String password,
                    @RequestParam(required = false) @Nullable MultipartFile decree, HttpServletRequest request,
                    HttpServletResponse response, Model model, Locale locale) throws IOException {
        var chosen = decree != null && !decree.isEmpty();
        if (!throttle.allow(request.getRemoteAddr(), form.mobile() == null ? "" : form.mobile())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            model.addAttribute("throttled", true);
            return form(form, Map.of(), chosen, model, locale);
        }
        var registration = new NewRegistration(form.municipality(), form.role(), form.position(),
                form.officialName(), form.nationalId(), form.mobile(), form.username(), password,
                chosen ? decree.getOriginalFilename() : null, chosen ? decree.getBytes() : null);
        return switch (registering.register(registration)) {
            case Registering.Registered r -> "redirect:/municipal/register/" + r.id() + "/mobile";
            case Registering.Refused r when r.problems().stream().allMatch(p -> p.error() == MunicipalError.USERNAME_TAKEN)
                    && registering.repeated(registration).isPresent() ->
                    "redirect:/municipal/register/" + registering.repeated(registration).get() + "/mobile";
            case Registering.Refused r -> form(form, localise(r.problems(), locale), chosen, model, locale);
        };
    }

    private String form(RegistrationForm form, Map<String, String> errors, boolean fileChosen, Model model, Locale locale) {
        var values = new LinkedHashMap<String, @Nullable String>();
        values.put("municipality", form.municipality());
        values.put("role", form.role());
        values.put("position", form.position());
        values.put("officialName", form.officialName());
        values.put("nationalId", form.nationalId());
        values.put("mobile", form.mobile());
        values.put("username", form.username());
        model.addAttribute("values", values);
        model.addAttribute("errors", errors);
        // a browser never sends a file back: say so when the person had chosen one
        model.addAttribute("chooseAgain", fileChosen && !errors.isEmpty() && !errors.containsKey("decree"));
        model.addAttribute("districts", organisations.districts(locale));
        model.addAttribute("roles", List.of("MUNICIPAL_STAFF", "MUKHTAR"));
        return "municipal/register";
    }

    private Map<String, String> localise(List<FieldProblem> problems, Locale locale) {
        var errors = new LinkedHashMap<String, String>();
        for (var p : problems) {
            errors.putIfAbsent(p.field() == null ? "municipality" : p.field(),
                    messages.getMessage(p.error().messageKey(), null, locale));
        }
        return errors;
    }
}
