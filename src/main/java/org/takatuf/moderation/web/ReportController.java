package org.takatuf.moderation.web;

import java.util.Arrays;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.identity.CurrentMember;
import org.takatuf.moderation.internal.ModerationManagement;
import org.takatuf.moderation.internal.ReportReason;

/** A member reports a public thing: the form (reached from the shared "report" link) and its answer. */
@Controller
class ReportController {

    private final ModerationManagement moderation;
    private final MessageSource messages;

    ReportController(ModerationManagement moderation, MessageSource messages) {
        this.moderation = moderation;
        this.messages = messages;
    }

    @GetMapping("/moderation/report")
    String form(@RequestParam String type, @RequestParam UUID id, Model model) {
        model.addAttribute("thing", moderation.reportable(type, id));
        model.addAttribute("type", type);
        model.addAttribute("id", id);
        model.addAttribute("reasons", Arrays.asList(ReportReason.values()));
        return "moderation/report";
    }

    @PostMapping("/moderation/reports")
    String report(@RequestParam String type, @RequestParam UUID id, @RequestParam(required = false) String reason,
                  @RequestParam(required = false) String note, @AuthenticationPrincipal CurrentMember me,
                  RedirectAttributes redirect, Locale locale) {
        moderation.report(me, type, id, reason, note);
        redirect.addFlashAttribute("flash", messages.getMessage("moderation.flash.reported", null, locale));
        return "redirect:" + moderation.reportable(type, id).link();
    }
}
