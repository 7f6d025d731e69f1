package org.takatuf.identity.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.ApiTokenManagement;
import org.takatuf.identity.CurrentMember;

/** A member's API tokens: create (the secret is shown once), list, revoke. */
@Controller
class TokenController {

    private final ApiTokenManagement tokens;
    private final MessageSource messages;

    TokenController(ApiTokenManagement tokens, MessageSource messages) {
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping("/me/tokens")
    String list(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("tokens", tokens.list(me.id()));
        return "identity/tokens";
    }

    @PostMapping("/me/tokens")
    String create(@AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String name, Model model,
                  Locale locale, HttpServletResponse response) {
        try {
            model.addAttribute("created", tokens.create(me.id(), name));
        } catch (UserInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            model.addAttribute("name", name);
        }
        // the secret is rendered in this answer only, never stored or redirected with
        response.setHeader("Cache-Control", "no-store");
        model.addAttribute("tokens", tokens.list(me.id()));
        return "identity/tokens";
    }

    @PostMapping("/me/tokens/{id}/revoke")
    String revoke(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID id, RedirectAttributes redirect, Locale locale) {
        tokens.revoke(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("account.tokens.revoked", null, locale));
        return "redirect:/me/tokens";
    }
}
