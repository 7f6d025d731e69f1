package org.takatuf.exchange.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.exchange.internal.Safety;
import org.takatuf.identity.CurrentMember;

/** Reporting a listing or a member, blocking and unblocking a member. */
@Controller
class SafetyController {

    private final Safety safety;
    private final MessageSource messages;

    SafetyController(Safety safety, MessageSource messages) {
        this.safety = safety;
        this.messages = messages;
    }

    @PostMapping("/exchange/listings/{id}/report")
    String reportListing(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String note,
                         @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        safety.reportListing(me.uuid(), id, reason, note);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.reported", null, locale));
        return "redirect:/exchange";
    }

    @PostMapping("/exchange/members/{id}/report")
    String reportMember(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, @RequestParam(required = false) String note,
                        @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        safety.reportMember(me.uuid(), id, reason, note);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.reported", null, locale));
        return "redirect:/exchange";
    }

    @PostMapping("/exchange/members/{id}/block")
    String block(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        safety.block(me.uuid(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.blocked", null, locale));
        return "redirect:/exchange/me";
    }

    @PostMapping("/exchange/members/{id}/unblock")
    String unblock(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        safety.unblock(me.uuid(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.unblocked", null, locale));
        return "redirect:/exchange/me";
    }

}
