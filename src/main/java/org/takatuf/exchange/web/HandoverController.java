package org.takatuf.exchange.web;

import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.UserInputException;
import org.takatuf.exchange.internal.Handovers;
import org.takatuf.identity.CurrentMember;

/** A hand-over between its two sides: private messages, agreement with contacts, confirmation, cancellation. */
@Controller
class HandoverController {

    private final Handovers handovers;
    private final MessageSource messages;

    HandoverController(Handovers handovers, MessageSource messages) {
        this.handovers = handovers;
        this.messages = messages;
    }

    @GetMapping("/exchange/handovers/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        // private conversation and, once agreed, contacts: never kept by a shared cache
        response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
        model.addAttribute("thread", handovers.thread(me.uuid(), id));
        model.addAttribute("draft", "");
        return "exchange/handover";
    }

    @PostMapping("/exchange/handovers/{id}/messages")
    String message(@PathVariable UUID id, @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal CurrentMember me,
                   Model model, HttpServletResponse response, Locale locale) {
        try {
            handovers.message(me.uuid(), id, body);
        } catch (UserInputException e) {
            response.setStatus(400);
            response.setHeader("Cache-Control", CacheControl.noStore().getHeaderValue());
            model.addAttribute("thread", handovers.thread(me.uuid(), id));
            model.addAttribute("draft", body);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "exchange/handover";
        }
        return "redirect:/exchange/handovers/" + id + "#messages";
    }

    @PostMapping("/exchange/handovers/{id}/agree")
    String agree(@PathVariable UUID id, @RequestParam(defaultValue = "") String contact, @AuthenticationPrincipal CurrentMember me,
                 RedirectAttributes redirect, Locale locale) {
        handovers.agree(me.uuid(), id, contact);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.handover.agreed-flash", null, locale));
        return "redirect:/exchange/handovers/" + id;
    }

    @PostMapping("/exchange/handovers/{id}/confirm")
    String confirm(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        handovers.confirm(me.uuid(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.handover.confirmed-flash", null, locale));
        return "redirect:/exchange/handovers/" + id;
    }

    @PostMapping("/exchange/handovers/{id}/cancel")
    String cancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        handovers.cancel(me.uuid(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("exchange.handover.cancelled-flash", null, locale));
        return "redirect:/exchange/me";
    }
}
