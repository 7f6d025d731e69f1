package org.takatuf.identity.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.SecondFactorManagement;
import org.takatuf.identity.Role;
import org.takatuf.identity.internal.SecuritySettings;
import org.takatuf.identity.internal.SignIns;
import org.takatuf.identity.internal.Throttle;

/**
 * The second factor: enrolment, confirmation and turning it off on {@code /me/security}, and the
 * second step of signing in on {@code /login/totp}.
 */
@Controller
class SecondFactorController {

    private final SecondFactorManagement secondFactor;
    private final SignIns signIns;
    private final Throttle throttle;
    private final MessageSource messages;
    private final SecuritySettings settings;

    SecondFactorController(SecondFactorManagement secondFactor, SignIns signIns, Throttle throttle, MessageSource messages,
                           SecuritySettings settings) {
        this.settings = settings;
        this.secondFactor = secondFactor;
        this.signIns = signIns;
        this.throttle = throttle;
        this.messages = messages;
    }

    @ModelAttribute("totpRequired")
    boolean totpRequired(@AuthenticationPrincipal CurrentMember me) {
        return settings.requireTotpForAdmins() && me != null && (me.hasRole(Role.ADMIN) || me.hasRole(Role.MODERATOR));
    }

    @GetMapping("/me/security")
    String security(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("totpOn", secondFactor.isOn(me.id()));
        secondFactor.pendingEnrolment(me.id()).ifPresent(e -> model.addAttribute("enrolment", e));
        return "identity/security";
    }

    @PostMapping("/me/security/enrol")
    String enrol(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("totpOn", false);
        model.addAttribute("enrolment", secondFactor.startEnrolment(me.id()));
        return "identity/security";
    }

    @PostMapping("/me/security/confirm")
    String confirm(@AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String code, Model model,
                   RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        try {
            secondFactor.confirm(me.id(), code);
        } catch (UserInputException e) {
            String page = codeRefused(e, false, model, locale, response);
            secondFactor.pendingEnrolment(me.id()).ifPresent(en -> model.addAttribute("enrolment", en));
            return page;
        }
        redirect.addFlashAttribute("flash", messages.getMessage("account.totp.turned-on", null, locale));
        return "redirect:/me/security";
    }

    @PostMapping("/me/security/disable")
    String disable(@AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String code, Model model,
                   RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        try {
            secondFactor.turnOff(me.id(), code);
        } catch (UserInputException e) {
            return codeRefused(e, true, model, locale, response);
        }
        redirect.addFlashAttribute("flash", messages.getMessage("account.totp.turned-off", null, locale));
        return "redirect:/me/security";
    }

    @GetMapping("/login/totp")
    String secondStep(Authentication authentication) {
        return SignIns.isPending(authentication) ? "identity/login-totp" : "redirect:/login";
    }

    @PostMapping("/login/totp")
    String verify(Authentication authentication, @RequestParam(required = false) String code, Model model, Locale locale,
                  HttpServletRequest request, HttpServletResponse response) {
        if (!SignIns.isPending(authentication) || !(authentication.getPrincipal() instanceof CurrentMember member)) {
            return "redirect:/login";
        }
        if (!secondFactor.verify(member.id(), code)) {
            throttle.secondFactorFailed(member.email());
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage("account.totp.code-wrong", null, locale));
            return "identity/login-totp";
        }
        return "redirect:" + signIns.complete(request, response, member);
    }

    /**
     * A wrong or missing code shows the security page again with the reason and a 400; a conflict (the
     * second factor was already on or off) goes to the shared error handling as a 409.
     */
    private String codeRefused(UserInputException e, boolean totpOn, Model model, Locale locale,
                               HttpServletResponse response) {
        if (e instanceof org.takatuf.core.ConflictException) {
            throw e;
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
        model.addAttribute("totpOn", totpOn);
        return "identity/security";
    }
}
