package org.takatuf.cases.web;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.cases.CaseCategory;
import org.takatuf.cases.internal.CaseCity;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.cases.internal.CaseReport;
import org.takatuf.cases.internal.ProtectedDetails;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;

/**
 * The organisations' side: the triage queue, a case's page with its steps, the opening of protected
 * details (logged) and where an organisation works. Members of verified organisations only.
 */
@Controller
class TriageController {

    private final CaseManagement cases;
    private final OrganisationManagement organisations;
    private final MessageSource messages;

    TriageController(CaseManagement cases, OrganisationManagement organisations, MessageSource messages) {
        this.cases = cases;
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/cases/triage")
    String triage(@RequestParam(required = false) String organisation, @AuthenticationPrincipal CurrentMember me, Model model,
                  HttpServletResponse response) {
        NoStore.apply(response);
        Organisation acting = acting(me, organisation);
        model.addAttribute("organisation", acting);
        model.addAttribute("organisations", cases.actingOrganisations(me.id()));
        model.addAttribute("queue", cases.queue(me.id(), acting));
        model.addAttribute("coverage", cases.coverage(acting.organisationId()));
        return "cases/triage";
    }

    @GetMapping("/cases/{id}/manage")
    String manage(@PathVariable UUID id, @RequestParam(required = false) String organisation,
                  @AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        NoStore.apply(response);
        Organisation acting = acting(me, organisation);
        CaseReport report = cases.forOrganisation(me.id(), acting, id);
        model.addAttribute("organisation", acting);
        model.addAttribute("report", report);
        model.addAttribute("handler", cases.organisationName(report.getHandlingOrgId()).orElse(null));
        model.addAttribute("ours", acting.getId().equals(report.getHandlingOrgId()));
        model.addAttribute("steps", cases.steps(id, false));
        model.addAttribute("duplicates", cases.duplicates(me.id(), acting, report));
        model.addAttribute("people", organisations.people(acting.organisationId()));
        model.addAttribute("assigned", cases.assigned(id));
        model.addAttribute("bankVolunteers", cases.bankVolunteers(me.id(), acting, id));
        model.addAttribute("bankKnowsCity", cases.bankKnowsCity(report));
        model.addAttribute("photos", cases.photos(id));
        return "cases/manage";
    }

    @PostMapping("/cases/{id}/protected")
    String open(@PathVariable UUID id, @RequestParam(required = false) String organisation, @RequestParam(required = false) String reason,
                @AuthenticationPrincipal CurrentMember me, Model model, Locale locale, HttpServletResponse response,
                RedirectAttributes redirect) {
        NoStore.apply(response);
        Organisation acting = acting(me, organisation);
        ProtectedDetails details;
        try {
            details = cases.open(me.id(), acting, id, reason);
        } catch (UserInputException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/cases/" + id + "/manage?organisation=" + acting.getSlug();
        }
        model.addAttribute("organisation", acting);
        model.addAttribute("report", cases.forOrganisation(me.id(), acting, id));
        model.addAttribute("details", details);
        model.addAttribute("photos", cases.photos(id));
        return "cases/protected";
    }

    @PostMapping("/cases/{id}/{action}")
    String act(@PathVariable UUID id, @PathVariable String action, @RequestParam(required = false) String organisation,
               @RequestParam(required = false) String note, @RequestParam(required = false) String summary,
               @RequestParam(required = false) UUID target, @RequestParam(required = false) String targetOrganisation,
               @RequestParam(required = false) UUID volunteer, @AuthenticationPrincipal CurrentMember me,
               RedirectAttributes redirect, Locale locale) {
        Organisation acting = acting(me, organisation);
        try {
            switch (action) {
                case "claim" -> cases.claim(me.id(), acting, id);
                case "verify" -> cases.verify(me.id(), acting, id, note, summary);
                case "reject" -> cases.reject(me.id(), acting, id, note);
                case "merge" -> cases.merge(me.id(), acting, id, target);
                case "hand-over" -> cases.handOver(me.id(), acting, id, targetOrganisation);
                case "adopt" -> cases.adopt(me.id(), acting, id);
                case "assign" -> cases.assign(me.id(), acting, id, volunteer);
                case "assign-bank" -> cases.assignFromBank(me.id(), acting, id, volunteer);
                case "give" -> cases.give(me.id(), acting, id, note);
                case "publish" -> cases.publish(me.id(), acting, id, summary);
                case "unpublish" -> cases.unpublish(me.id(), acting, id);
                case "close" -> cases.close(me.id(), acting, id, note);
                default -> throw new NotFoundException("action");
            }
        } catch (UserInputException e) {
            redirect.addFlashAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "redirect:/cases/" + id + "/manage?organisation=" + acting.getSlug();
        }
        redirect.addFlashAttribute("flash", messages.getMessage("cases.done." + action, null, locale));
        if (action.equals("hand-over") || action.equals("merge")) {
            return "redirect:/cases/triage?organisation=" + acting.getSlug();
        }
        return "redirect:/cases/" + id + "/manage?organisation=" + acting.getSlug();
    }

    @GetMapping("/cases/organisations/{slug}/coverage")
    String coverage(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Organisation organisation = organisations.bySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        if (!organisations.isAdmin(me.id(), organisation.organisationId())) {
            throw new AccessDeniedException("organisation administrators only");
        }
        model.addAttribute("organisation", organisation);
        model.addAttribute("coverage", cases.coverage(organisation.organisationId()));
        model.addAttribute("cities", CaseCity.values());
        model.addAttribute("categories", CaseCategory.values());
        return "cases/coverage";
    }

    @PostMapping("/cases/organisations/{slug}/coverage")
    String saveCoverage(@PathVariable String slug, @RequestParam(name = "cell", required = false) List<String> cells,
                        @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        Organisation organisation = organisations.bySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        cases.setCoverage(me.id(), organisation, cells);
        redirect.addFlashAttribute("flash", messages.getMessage("cases.coverage.saved", null, locale));
        return "redirect:/cases/organisations/" + slug + "/coverage";
    }

    /** The organisation named, or the member's first verified one; a member of none is refused. */
    private Organisation acting(CurrentMember me, String slug) {
        if (slug != null && !slug.isBlank()) {
            return cases.acting(me.id(), slug);
        }
        List<Organisation> mine = cases.actingOrganisations(me.id());
        if (mine.isEmpty()) {
            throw new AccessDeniedException("members of a verified organisation only");
        }
        return mine.getFirst();
    }
}
