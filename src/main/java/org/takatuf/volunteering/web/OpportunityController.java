package org.takatuf.volunteering.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.internal.CalendarFiles;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.Opportunity;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.Shift;
import org.takatuf.volunteering.internal.Signup;
import org.takatuf.volunteering.internal.SignupManagement;

/** Public opportunities, sign-up and cancellation, calendar files. */
@Controller
class OpportunityController {

    private final OpportunityManagement opportunities;
    private final SignupManagement signups;
    private final MessageSource messages;
    private final org.takatuf.core.SiteLinks links;

    OpportunityController(OpportunityManagement opportunities, SignupManagement signups, MessageSource messages,
                          org.takatuf.core.SiteLinks links) {
        this.opportunities = opportunities;
        this.signups = signups;
        this.messages = messages;
        this.links = links;
    }

    static OpportunityManagement.Filter filter(String q, String city, String activity, LocalDate date, String place, int page) {
        Boolean remote = "remote".equals(place) ? Boolean.TRUE : "in-person".equals(place) ? Boolean.FALSE : null;
        String query = q == null ? null : (q.length() > 200 ? q.substring(0, 200) : q);
        return new OpportunityManagement.Filter(query, city == null ? null : City.ofKey(city).orElse(null),
                activity == null ? null : ActivityType.ofKey(activity).orElse(null), date, remote, Math.max(0, Math.min(page, 1000)));
    }

    @GetMapping("/opportunities")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) String city,
                @RequestParam(required = false) String activity,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
                @RequestParam(required = false) String place, @RequestParam(defaultValue = "0") int page, Model model) {
        OpportunityManagement.Filter filter = filter(q, city, activity, date, place, page);
        List<OpportunityManagement.Card> cards = opportunities.list(filter);
        model.addAttribute("cards", cards);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("city", filter.city() == null ? "" : filter.city().key());
        model.addAttribute("activity", filter.activityType() == null ? "" : filter.activityType().key());
        model.addAttribute("date", date);
        model.addAttribute("place", place == null ? "" : place);
        model.addAttribute("page", filter.page());
        model.addAttribute("hasNext", cards.size() == OpportunityManagement.PAGE_SIZE);
        model.addAttribute("cities", City.values());
        model.addAttribute("activities", ActivityType.values());
        return "volunteering/opportunities";
    }

    @GetMapping("/opportunities/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Opportunity opportunity = opportunities.find(id).orElseThrow(() -> new NotFoundException("opportunity"));
        List<Shift> shifts = opportunities.shiftsOf(id).stream().filter(Shift::isOpen)
                .filter(s -> s.endsAt().isAfter(java.time.Instant.now())).toList();
        Map<UUID, Signup> mine = new HashMap<>();
        if (me != null) {
            for (Shift s : shifts) {
                signups.mineOn(me.id(), s.id()).filter(Signup::isActive).ifPresent(g -> mine.put(s.id(), g));
            }
        }
        model.addAttribute("opportunity", opportunity);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(opportunity.getTitle(), opportunity.getDescription(),
                links.base() + "/opportunities/" + opportunity.getId(), null));
        model.addAttribute("organisation", opportunities.organisationOf(opportunity).orElse(null));
        model.addAttribute("shifts", shifts);
        model.addAttribute("mine", mine);
        return "volunteering/opportunity";
    }

    @PostMapping("/shifts/{id}/signup")
    String signUp(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        Shift shift = opportunities.shift(id).orElseThrow(() -> new NotFoundException("shift"));
        Signup signup = signups.signUp(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage(signup.status() == Signup.Status.CONFIRMED
                ? "volunteering.signed-up" : "volunteering.waitlisted", null, locale));
        return "redirect:/opportunities/" + shift.opportunityId();
    }

    @PostMapping("/me/volunteering/signups/{id}/cancel")
    String cancel(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        signups.cancel(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("volunteering.cancelled", null, locale));
        return "redirect:/me/volunteering";
    }

    @GetMapping("/shifts/{id}/calendar.ics")
    ResponseEntity<byte[]> calendar(@PathVariable UUID id, Locale locale) {
        Shift shift = opportunities.shift(id).orElseThrow(() -> new NotFoundException("shift"));
        Opportunity opportunity = opportunities.find(shift.opportunityId()).orElseThrow();
        String place = opportunity.isRemote() ? messages.getMessage("volunteering.remote", null, locale)
                : String.join("، ", java.util.stream.Stream.of(opportunity.getArea(),
                        messages.getMessage(opportunity.getCity().messageKey(), null, locale))
                        .filter(s -> s != null && !s.isBlank()).toList());
        String ics = CalendarFiles.of(shift, opportunity.getTitle(), place, opportunity.getDescription(),
                links.base() + "/opportunities/" + opportunity.getId());
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("shift-" + id + ".ics").build().toString())
                .body(ics.getBytes(StandardCharsets.UTF_8));
    }
}
