package org.takatuf.identity.web;

import java.util.Locale;

import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberManagement;
import org.takatuf.identity.SignUpForm;

/** Sign-up, sign-in page, e-mail verification, password reset. */
@Controller
class AccountController {

    private final MemberManagement members;
    private final MessageSource messages;

    AccountController(MemberManagement members, MessageSource messages) {
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/signup")
    String signUpForm(Model model) {
        model.addAttribute("form", new SignUpForm("", "", ""));
        return "identity/signup";
    }

    @PostMapping("/signup")
    String signUp(@Valid @ModelAttribute("form") SignUpForm form, BindingResult errors, Locale locale, Model model) {
        if (!errors.hasErrors()) {
            try {
                members.signUp(form, locale);
                model.addAttribute("email", form.email().trim());
                return "identity/signup-done";
            } catch (UserInputException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        model.addAttribute("form", new SignUpForm(form.email(), form.displayName(), ""));
        model.addAttribute("org.springframework.validation.BindingResult.form", errors);
        return "identity/signup";
    }

    @GetMapping("/login")
    String login() {
        return "identity/login";
    }

    @GetMapping("/verify-email")
    String verifyEmail(@RequestParam(required = false) String token, RedirectAttributes redirect, Locale locale, Model model) {
        members.verifyEmail(token); // an unusable link is a UserInputException: 400 page in the reader's language
        redirect.addFlashAttribute("flash", messages.getMessage("verify.done", null, locale));
        return "redirect:/login?verified";
    }

    @GetMapping("/forgot-password")
    String forgotForm() {
        return "identity/forgot-password";
    }

    @PostMapping("/forgot-password")
    String forgot(@RequestParam(required = false) String email, Model model) {
        members.requestPasswordReset(email);
        model.addAttribute("sent", true);
        return "identity/forgot-password";
    }

    @GetMapping("/reset-password")
    String resetForm(@RequestParam(required = false) String token, Model model, Locale locale) {
        if (!members.isResetLinkUsable(token)) {
            throw new UserInputException("link.invalid");
        }
        model.addAttribute("token", token);
        return "identity/reset-password";
    }

    @PostMapping("/reset-password")
    String reset(@RequestParam(required = false) String token, @RequestParam(required = false) String password,
                 Model model, RedirectAttributes redirect, Locale locale) {
        try {
            members.resetPassword(token, password);
            redirect.addFlashAttribute("flash", messages.getMessage("reset.done", null, locale));
            return "redirect:/login";
        } catch (UserInputException e) {
            model.addAttribute("token", token);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "identity/reset-password";
        }
    }
}
