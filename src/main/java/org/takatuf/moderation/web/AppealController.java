package org.takatuf.moderation.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.identity.CurrentMember;
import org.takatuf.moderation.internal.ModerationManagement;

/** The author of a hidden thing appeals once, from the link in the notice; anybody else gets a 404. */
@Controller
class AppealController {

    private final ModerationManagement moderation;
    private final MessageSource messages;

    AppealController(ModerationManagement moderation, MessageSource messages) {
        this.moderation = moderation;
        this.messages = messages;
    }

    @GetMapping("/moderation/appeals/{id}")
    String form(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("appeal", moderation.appealable(me, id));
        return "moderation/appeal";
    }

    @PostMapping("/moderation/appeals/{id}")
    String appeal(@PathVariable UUID id, @RequestParam(required = false) String text, @AuthenticationPrincipal CurrentMember me,
                  RedirectAttributes redirect, Locale locale) {
        moderation.appeal(me, id, text);
        redirect.addFlashAttribute("flash", messages.getMessage("moderation.flash.appealed", null, locale));
        return "redirect:/moderation/appeals/" + id;
    }
}
