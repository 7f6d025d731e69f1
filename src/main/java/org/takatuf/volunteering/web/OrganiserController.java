package org.takatuf.volunteering.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.i18n.Plurals;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.GenderRestriction;
import org.takatuf.volunteering.internal.Languages;
import org.takatuf.volunteering.internal.Matching;
import org.takatuf.volunteering.internal.Opportunity;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.OrganiserDashboard;
import org.takatuf.core.documents.QrCodes;
import org.takatuf.volunteering.internal.Shift;
import org.takatuf.volunteering.internal.Signup;
import org.takatuf.volunteering.internal.SignupManagement;

/**
 * An organisation's volunteering: dashboard, opportunities, a shift's best matches, invitations,
 * attendance and hours. Members of the verified organisation only (checked by the services).
 */
@Controller
class OrganiserController {

    static final int MATCHES_SHOWN = 20;

    private final OpportunityManagement opportunities;
    private final SignupManagement signups;
    private final Matching matching;
    private final OrganiserDashboard dashboard;
    private final MessageSource messages;
    private final Plurals plurals;
    private final org.takatuf.core.SiteLinks links;

    OrganiserController(OpportunityManagement opportunities, SignupManagement signups, Matching matching,
                        OrganiserDashboard dashboard, MessageSource messages, Plurals plurals,
                        org.takatuf.core.SiteLinks links) {
        this.opportunities = opportunities;
        this.signups = signups;
        this.matching = matching;
        this.dashboard = dashboard;
        this.messages = messages;
        this.plurals = plurals;
        this.links = links;
    }

    @GetMapping("/volunteering/organisations/{slug}")
    String dashboard(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Organisation organisation = opportunities.organisationBySlug(me.id(), slug);
        model.addAttribute("organisation", organisation);
        model.addAttribute("figures", dashboard.figures(me.id(), organisation.organisationId()));
        model.addAttribute("opportunities", opportunities.ofOrganisation(organisation.organisationId()));
        return "volunteering/organiser";
    }

    @GetMapping("/volunteering/organisations/{slug}/opportunities/new")
    String newOpportunity(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Organisation organisation = opportunities.organisationBySlug(me.id(), slug);
        return form(model, organisation, new OpportunityForm(), null);
    }

    @PostMapping("/volunteering/organisations/{slug}/opportunities")
    String create(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, @ModelAttribute("form") OpportunityForm form,
                  Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Organisation organisation = opportunities.organisationBySlug(me.id(), slug);
        Opportunity created;
        try {
            created = opportunities.create(me.id(), organisation.organisationId(), form.toCommand());
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(model, organisation, form, messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("volunteering.form.created", null, locale));
        return "redirect:/volunteering/organisations/" + slug + "#opportunity-" + created.getId();
    }

    private String form(Model model, Organisation organisation, OpportunityForm form, String error) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("activities", ActivityType.values());
        model.addAttribute("cities", City.values());
        model.addAttribute("languages", Languages.CODES);
        model.addAttribute("restrictions", GenderRestriction.values());
        return "volunteering/opportunity-form";
    }

    @PostMapping("/volunteering/organisations/{slug}/opportunities/{id}/close")
    String close(@PathVariable String slug, @PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) {
        opportunities.close(me.id(), id);
        return "redirect:/volunteering/organisations/" + slug;
    }

    @GetMapping("/volunteering/organisations/{slug}/shifts/{shiftId}")
    String shift(@PathVariable String slug, @PathVariable UUID shiftId, @AuthenticationPrincipal CurrentMember me, Model model) {
        Organisation organisation = opportunities.organisationBySlug(me.id(), slug);
        Shift shift = signups.organiserShift(me.id(), shiftId);
        if (!shift.organisationId().equals(organisation.getId())) {
            throw new NotFoundException("shift");
        }
        Opportunity opportunity = opportunities.find(shift.opportunityId()).orElseThrow();
        List<Matching.VolunteerMatch> matches = matching.volunteersFor(shift, MATCHES_SHOWN);
        List<Signup> roster = signups.ofShift(me.id(), shiftId);
        List<SignupManagement.InvitationOfShift> invitations = signups.invitationsOf(me.id(), shiftId);
        List<UUID> people = new java.util.ArrayList<>();
        matches.forEach(m -> people.add(m.memberId()));
        roster.forEach(s -> people.add(s.memberId()));
        invitations.forEach(i -> people.add(i.memberId()));
        Map<UUID, String> names = dashboard.names(people.stream().distinct().toList());
        model.addAttribute("organisation", organisation);
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("shift", shift);
        model.addAttribute("matches", matches);
        model.addAttribute("roster", roster);
        model.addAttribute("invitations", invitations);
        model.addAttribute("names", names);
        return "volunteering/shift";
    }

    @PostMapping("/volunteering/organisations/{slug}/shifts/{shiftId}/invite")
    String invite(@PathVariable String slug, @PathVariable UUID shiftId, @RequestParam(defaultValue = "5") int count,
                  @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        int invited = signups.inviteTop(me.id(), shiftId, count);
        redirect.addFlashAttribute("flash", plurals.format("volunteering.shift.invited", locale, invited));
        return "redirect:/volunteering/organisations/" + slug + "/shifts/" + shiftId;
    }

    @PostMapping("/volunteering/organisations/{slug}/signups/{signupId}/{action}")
    String attendance(@PathVariable String slug, @PathVariable UUID signupId, @PathVariable String action,
                      @RequestParam UUID shift, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        switch (action) {
            case "check-in" -> signups.checkIn(me.id(), signupId);
            case "check-out" -> signups.checkOut(me.id(), signupId);
            case "no-show" -> signups.markNoShow(me.id(), signupId);
            default -> throw new NotFoundException("action");
        }
        redirect.addFlashAttribute("flash", messages.getMessage("volunteering.shift.attendance-saved", null, locale));
        return "redirect:/volunteering/organisations/" + slug + "/shifts/" + shift;
    }

    @PostMapping("/volunteering/organisations/{slug}/shifts/{shiftId}/approve")
    String approve(@PathVariable String slug, @PathVariable UUID shiftId, @RequestParam(name = "signup", required = false) List<UUID> ids,
                   @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        int approved = signups.approveHours(me.id(), shiftId, ids == null ? List.of() : ids);
        redirect.addFlashAttribute("flash", plurals.format("volunteering.shift.approved", locale, approved));
        return "redirect:/volunteering/organisations/" + slug + "/shifts/" + shiftId;
    }

    @GetMapping("/volunteering/organisations/{slug}/shifts/{shiftId}/qr.png")
    ResponseEntity<byte[]> qr(@PathVariable String slug, @PathVariable UUID shiftId, @AuthenticationPrincipal CurrentMember me) {
        Shift shift = signups.organiserShift(me.id(), shiftId);
        byte[] png = QrCodes.png(links.base() + "/shifts/" + shift.id() + "/check-in?code=" + shift.checkinCode(), 480);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).header(HttpHeaders.CACHE_CONTROL, "no-store").body(png);
    }

    @GetMapping("/volunteering/organisations/{slug}/export.csv")
    ResponseEntity<byte[]> export(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Locale locale) {
        Organisation organisation = opportunities.organisationBySlug(me.id(), slug);
        byte[] csv = dashboard.csv(me.id(), organisation.organisationId(), locale);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("volunteering-" + slug + ".csv").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(csv);
    }
}
