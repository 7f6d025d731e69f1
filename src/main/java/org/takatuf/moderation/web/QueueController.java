package org.takatuf.moderation.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.takatuf.core.i18n.Plurals;
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

/** The moderators' queue: reported and held things, claims, decisions one by one or on selected rows. */
@Controller
class QueueController {

    private final ModerationManagement moderation;
    private final MessageSource messages;
    private final Plurals plurals;

    QueueController(ModerationManagement moderation, MessageSource messages, Plurals plurals) {
        this.moderation = moderation;
        this.messages = messages;
        this.plurals = plurals;
    }

    @GetMapping("/moderation")
    String queue(@RequestParam(required = false) String state, @RequestParam(required = false) String type,
                 @RequestParam(required = false) String sort, @AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("rows", moderation.queue(me, state, type, sort));
        model.addAttribute("types", moderation.types());
        model.addAttribute("state", state == null || state.isBlank() ? "open" : state);
        model.addAttribute("type", type == null ? "" : type);
        model.addAttribute("sort", sort == null || sort.isBlank() ? "most" : sort);
        return "moderation/queue";
    }

    @PostMapping("/moderation/items/{id}/claim")
    String claim(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        moderation.claim(me, id);
        redirect.addFlashAttribute("flash", messages.getMessage("moderation.flash.claimed", null, locale));
        return "redirect:/moderation";
    }

    @PostMapping("/moderation/items/{id}/decide")
    String decide(@PathVariable UUID id, @RequestParam(required = false) String action, @RequestParam(required = false) String note,
                  @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        moderation.decide(me, id, action, note);
        redirect.addFlashAttribute("flash", messages.getMessage("moderation.flash.decided", null, locale));
        return "redirect:/moderation";
    }

    @PostMapping("/moderation/bulk")
    String bulk(@RequestParam(name = "items", required = false) List<String> items, @RequestParam(required = false) String action,
                @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentMember me,
                RedirectAttributes redirect, Locale locale) {
        int done = moderation.decideAll(me, ModerationManagement.ids(items), action, note);
        redirect.addFlashAttribute("flash", plurals.message("moderation.flash.bulk", locale, done));
        return "redirect:/moderation";
    }
}
