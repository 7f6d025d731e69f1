package org.takatuf.cases.web;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.cases.CaseCategory;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.cases.internal.CaseReport;
import org.takatuf.cases.internal.ReportLimiter;
import org.takatuf.cases.internal.Urgency;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;

/** Reporting a case (with or without an account) and following it: private link or the reporter's space. */
@Controller
class CaseReportController {

    private final CaseManagement cases;
    private final MessageSource messages;
    private final ReportLimiter limiter;

    CaseReportController(CaseManagement cases, MessageSource messages, ReportLimiter limiter) {
        this.cases = cases;
        this.messages = messages;
        this.limiter = limiter;
    }

    @GetMapping("/cases/new")
    String form(Model model, HttpServletResponse response) {
        NoStore.apply(response);
        CaseForm form = new CaseForm();
        form.setSubmissionKey(UUID.randomUUID().toString());
        return form(model, form, null);
    }

    @PostMapping("/cases")
    String report(@ModelAttribute("form") CaseForm form, BindingResult binding, @AuthenticationPrincipal CurrentMember me, Model model,
                  Locale locale, RedirectAttributes redirect, HttpServletResponse response, HttpServletRequest request) {
        NoStore.apply(response);
        Optional<Duration> wait = limiter.attempt(request.getRemoteAddr());
        if (wait.isPresent()) {
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(ReportLimiter.seconds(wait.get())));
            return form(model, form, messages.getMessage("cases.error.too-many", null, locale));
        }
        if (binding.hasErrors()) {
            // a number field that is not a number: only the household size can be
            response.setStatus(400);
            return form(model, form, messages.getMessage("cases.error.household", null, locale));
        }
        CaseManagement.Submitted submitted;
        try {
            submitted = cases.report(me == null ? null : me.id(), form.toCommand(), locale);
        } catch (UserInputException e) {
            response.setStatus(400);
            return form(model, form, messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        redirect.addFlashAttribute("caseId", submitted.caseId());
        redirect.addFlashAttribute("followToken", submitted.followToken());
        redirect.addFlashAttribute("hasAccount", me != null);
        return "redirect:/cases/submitted";
    }

    @GetMapping("/cases/submitted")
    String submitted(Model model, HttpServletResponse response) {
        NoStore.apply(response);
        if (!model.containsAttribute("caseId")) {
            return "redirect:/cases/new";
        }
        return "cases/submitted";
    }

    @GetMapping("/cases/follow/{token}")
    String follow(@PathVariable String token, Model model, HttpServletResponse response) {
        NoStore.apply(response);
        CaseReport report = cases.byFollowToken(token).orElseThrow(() -> new NotFoundException("case"));
        return follow(model, report);
    }

    @GetMapping("/me/cases")
    String mine(@AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        NoStore.apply(response);
        model.addAttribute("reports", cases.reportedBy(me.id()));
        return "cases/mine";
    }

    @GetMapping("/me/cases/{id}")
    String mine(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        NoStore.apply(response);
        return follow(model, cases.reportersCase(me.id(), id));
    }

    private String follow(Model model, CaseReport report) {
        model.addAttribute("report", report);
        model.addAttribute("steps", cases.steps(report.getId(), true));
        model.addAttribute("handler", cases.organisationName(report.getHandlingOrgId()).orElse(null));
        return "cases/follow";
    }

    private String form(Model model, CaseForm form, String error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("categories", CaseCategory.values());
        model.addAttribute("urgencies", Urgency.values());
        model.addAttribute("cities", CaseCity.values());
        return "cases/new";
    }
}
