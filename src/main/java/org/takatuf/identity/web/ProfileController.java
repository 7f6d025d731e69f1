package org.takatuf.identity.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberManagement;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.ProfileForm;
import org.takatuf.identity.SecondFactorManagement;

/**
 * The signed-in member's own pages: account home, profile, avatar and password. Everything here acts
 * on the member of the session; no page takes a member id, so nobody can reach another's account.
 */
@Controller
class ProfileController {

    private final MemberManagement members;
    private final OrganisationManagement organisations;
    private final SecondFactorManagement secondFactor;
    private final ApiTokenManagement tokens;
    private final MessageSource messages;

    ProfileController(MemberManagement members, OrganisationManagement organisations, SecondFactorManagement secondFactor,
                      ApiTokenManagement tokens, MessageSource messages) {
        this.members = members;
        this.organisations = organisations;
        this.secondFactor = secondFactor;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/me")
    String home(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("member", members.account(me.id()));
        model.addAttribute("memberships", organisations.membershipsOf(me.id()));
        model.addAttribute("totpOn", secondFactor.isOn(me.id()));
        model.addAttribute("activeTokens", tokens.list(me.id()).stream().filter(ApiTokenManagement.Summary::active).count());
        return "identity/me";
    }

    @GetMapping("/me/profile")
    String profileForm(@AuthenticationPrincipal CurrentMember me, Model model) {
        Member member = members.account(me.id());
        model.addAttribute("member", member);
        model.addAttribute("form", new ProfileForm(member.getDisplayName(), member.getCity(), member.getBio(),
                member.getLanguages(), member.getPreferredLocale().getLanguage()));
        return "identity/profile";
    }

    @PostMapping("/me/profile")
    String saveProfile(@AuthenticationPrincipal CurrentMember me, @Valid @ModelAttribute("form") ProfileForm form,
                       BindingResult errors, Model model, RedirectAttributes redirect, Locale locale,
                       HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                members.updateProfile(me.id(), form);
                redirect.addFlashAttribute("flash", messages.getMessage("account.profile.saved", null,
                        Locale.forLanguageTag(form.preferredLocale() == null ? locale.getLanguage() : form.preferredLocale())));
                return "redirect:/me?lang=" + (form.preferredLocale() == null ? locale.getLanguage() : form.preferredLocale());
            } catch (UserInputException e) {
                errors.rejectValue("displayName", e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("member", members.account(me.id()));
        return "identity/profile";
    }

    @PostMapping("/me/avatar")
    String changeAvatar(@AuthenticationPrincipal CurrentMember me, @RequestParam(name = "avatar", required = false) MultipartFile avatar,
                        RedirectAttributes redirect, Locale locale) throws IOException {
        members.changeAvatar(me.id(), avatar == null ? new byte[0] : avatar.getBytes());
        redirect.addFlashAttribute("flash", messages.getMessage("account.avatar.saved", null, locale));
        return "redirect:/me/profile";
    }

    @PostMapping("/me/avatar/remove")
    String removeAvatar(@AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        members.removeAvatar(me.id());
        redirect.addFlashAttribute("flash", messages.getMessage("account.avatar.removed", null, locale));
        return "redirect:/me/profile";
    }

    @GetMapping("/me/password")
    String passwordForm() {
        return "identity/password";
    }

    @PostMapping("/me/password")
    String changePassword(@AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String currentPassword,
                          @RequestParam(required = false) String newPassword, Model model, RedirectAttributes redirect,
                          Locale locale, HttpServletResponse response) {
        try {
            members.changePassword(me.id(), currentPassword, newPassword);
        } catch (UserInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "identity/password";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("account.password.changed", null, locale));
        return "redirect:/me";
    }
}
