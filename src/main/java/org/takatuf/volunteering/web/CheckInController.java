package org.takatuf.volunteering.web;

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
import org.takatuf.core.NotFoundException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.Shift;
import org.takatuf.volunteering.internal.SignupManagement;

/** The page behind the QR code at the place: GET shows a button, POST checks in (then out). */
@Controller
class CheckInController {

    private final OpportunityManagement opportunities;
    private final SignupManagement signups;
    private final MessageSource messages;

    CheckInController(OpportunityManagement opportunities, SignupManagement signups, MessageSource messages) {
        this.opportunities = opportunities;
        this.signups = signups;
        this.messages = messages;
    }

    @GetMapping("/shifts/{id}/check-in")
    String page(@PathVariable UUID id, @RequestParam(required = false) String code, @AuthenticationPrincipal CurrentMember me,
                Model model) {
        Shift shift = opportunities.shift(id).orElseThrow(() -> new NotFoundException("shift"));
        model.addAttribute("shift", shift);
        model.addAttribute("opportunity", opportunities.find(shift.opportunityId()).orElseThrow());
        model.addAttribute("code", code == null ? "" : code);
        model.addAttribute("checkedIn", signups.mineOn(me.id(), id).map(s -> s.checkedInAt() != null).orElse(false));
        return "volunteering/checkin";
    }

    @PostMapping("/shifts/{id}/check-in")
    String check(@PathVariable UUID id, @RequestParam(required = false) String code, @AuthenticationPrincipal CurrentMember me,
                 RedirectAttributes redirect, Locale locale) {
        boolean in = signups.selfCheck(me.id(), id, code);
        redirect.addFlashAttribute("flash", messages.getMessage(in ? "volunteering.checkin.done-in" : "volunteering.checkin.done-out",
                null, locale));
        return "redirect:/me/volunteering";
    }
}
