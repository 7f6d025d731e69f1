package org.takatuf.volunteering.web;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
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
import org.takatuf.identity.CurrentMember;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.internal.AgeBand;
import org.takatuf.volunteering.internal.Certificate;
import org.takatuf.volunteering.internal.CertificatePdf;
import org.takatuf.volunteering.internal.Certificates;
import org.takatuf.volunteering.internal.City;
import org.takatuf.volunteering.internal.Languages;
import org.takatuf.volunteering.internal.Matching;
import org.takatuf.volunteering.internal.Notices;
import org.takatuf.volunteering.internal.Opportunity;
import org.takatuf.volunteering.internal.OpportunityManagement;
import org.takatuf.volunteering.internal.Shift;
import org.takatuf.volunteering.internal.Signup;
import org.takatuf.volunteering.internal.SignupManagement;
import org.takatuf.volunteering.internal.VolunteerManagement;
import org.takatuf.volunteering.internal.VolunteerProfile;

/**
 * The volunteer's own space. Every route reads and changes only the signed-in member's data: the
 * member id comes from the session, never from the request.
 */
@Controller
class VolunteerController {

    static final int SUGGESTIONS = 10;

    private final VolunteerManagement volunteers;
    private final Matching matching;
    private final SignupManagement signups;
    private final OpportunityManagement opportunities;
    private final Certificates certificates;
    private final CertificatePdf pdf;
    private final Notices notices;
    private final MessageSource messages;
    private final Clock clock;

    VolunteerController(VolunteerManagement volunteers, Matching matching, SignupManagement signups,
                        OpportunityManagement opportunities, Certificates certificates, CertificatePdf pdf, Notices notices,
                        MessageSource messages, Clock clock) {
        this.volunteers = volunteers;
        this.matching = matching;
        this.signups = signups;
        this.opportunities = opportunities;
        this.certificates = certificates;
        this.pdf = pdf;
        this.notices = notices;
        this.messages = messages;
        this.clock = clock;
    }

    /** A sign-up with what the page shows of it. */
    record MySignup(Signup signup, Shift shift, Opportunity opportunity, boolean upcoming) {
    }

    /** An invitation with its shift. */
    record MyInvitation(Shift shift, Opportunity opportunity, String status) {
    }

    @GetMapping("/me/volunteering")
    String space(@AuthenticationPrincipal CurrentMember me, Model model) {
        Optional<VolunteerProfile> profile = volunteers.profileOf(me.id());
        List<Matching.ShiftMatch> forYou = profile.map(p -> matching.shiftsFor(p, SUGGESTIONS)).orElse(List.of());
        Map<UUID, String> titles = new HashMap<>();
        Map<UUID, ZoneId> zones = new HashMap<>();
        for (Matching.ShiftMatch m : forYou) {
            opportunities.find(m.shift().opportunityId()).ifPresent(o -> {
                titles.put(o.getId(), o.getTitle());
                zones.put(o.getId(), o.getZone());
            });
        }
        List<MySignup> mine = new ArrayList<>();
        for (Signup s : signups.mine(me.id())) {
            Shift shift = opportunities.shift(s.shiftId()).orElseThrow();
            Opportunity o = opportunities.find(shift.opportunityId()).orElseThrow();
            mine.add(new MySignup(s, shift, o, shift.startsAt().isAfter(clock.instant())));
        }
        List<MyInvitation> invitations = new ArrayList<>();
        for (SignupManagement.Invitation i : signups.invitationsOf(me.id())) {
            Shift shift = opportunities.shift(i.shiftId()).orElseThrow();
            invitations.add(new MyInvitation(shift, opportunities.find(shift.opportunityId()).orElseThrow(), i.status()));
        }
        model.addAttribute("profile", profile.orElse(null));
        model.addAttribute("forYou", forYou);
        model.addAttribute("titles", titles);
        model.addAttribute("zones", zones);
        model.addAttribute("signups", mine);
        model.addAttribute("invitations", invitations);
        model.addAttribute("hours", signups.verifiedHours(me.id()));
        model.addAttribute("certificates", certificates.codesOf(me.id()));
        model.addAttribute("notices", notices.recent(me.uuid(), 10));
        return "volunteering/me";
    }

    @GetMapping("/me/volunteering/profile")
    String profileForm(@AuthenticationPrincipal CurrentMember me, Model model) {
        ProfileForm form = volunteers.profileOf(me.id()).map(ProfileForm::of).orElseGet(ProfileForm::new);
        return form(model, form, null);
    }

    @PostMapping("/me/volunteering/profile")
    String saveProfile(@AuthenticationPrincipal CurrentMember me, @ModelAttribute("form") ProfileForm form, Model model,
                       RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        try {
            volunteers.save(me.id(), form.toCommand());
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(model, form, messages.getMessage(e.messageKey(), translatedArguments(e.arguments(), locale), locale));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("volunteering.profile.saved", null, locale));
        return "redirect:/me/volunteering";
    }

    /** Day names passed as arguments ("FRIDAY") are shown in the reader's language. */
    private Object[] translatedArguments(Object[] arguments, Locale locale) {
        return Arrays.stream(arguments).map(a -> a instanceof String s && s.matches("[A-Z]+DAY")
                ? messages.getMessage("volunteering.day." + s, null, locale) : a).toArray();
    }

    private String form(Model model, ProfileForm form, String error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("activities", ActivityType.values());
        model.addAttribute("languages", Languages.CODES);
        model.addAttribute("cities", City.values());
        model.addAttribute("ageBands", AgeBand.values());
        model.addAttribute("days", ProfileForm.DAYS);
        TreeSet<String> zones = new TreeSet<>();
        Arrays.stream(City.values()).forEach(c -> zones.add(c.zone.getId()));
        zones.add("UTC");
        if (form.getZone() != null) {
            zones.add(form.getZone());
        }
        model.addAttribute("zones", zones);
        return "volunteering/profile";
    }

    @PostMapping("/me/volunteering/pause")
    String pause(@AuthenticationPrincipal CurrentMember me, @RequestParam boolean paused) {
        volunteers.pause(me.id(), paused);
        return "redirect:/me/volunteering";
    }

    @PostMapping("/me/volunteering/invitations/{shiftId}/decline")
    String decline(@AuthenticationPrincipal CurrentMember me, @PathVariable UUID shiftId) {
        signups.decline(me.id(), shiftId);
        return "redirect:/me/volunteering";
    }

    @PostMapping("/me/volunteering/certificates")
    String issueCertificate(@AuthenticationPrincipal CurrentMember me, @RequestParam(defaultValue = "ar") String language) {
        String code = certificates.issue(me.id(), "en".equals(language) ? Locale.ENGLISH : Locale.forLanguageTag("ar"));
        return "redirect:/me/volunteering/certificates/" + code + ".pdf";
    }

    @GetMapping("/me/volunteering/certificates/{code}.pdf")
    ResponseEntity<byte[]> certificatePdf(@AuthenticationPrincipal CurrentMember me, @PathVariable String code) {
        Certificate certificate = certificates.mine(me.id(), code).orElseThrow(() -> new NotFoundException("certificate"));
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline().filename("takatuf-hours-" + code + ".pdf").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(pdf.render(certificate));
    }

    @GetMapping("/certificates/{code}")
    String verify(@PathVariable String code, Model model) {
        Certificate certificate = certificates.find(code).orElseThrow(() -> new NotFoundException("certificate"));
        model.addAttribute("certificate", certificate);
        return "volunteering/certificate";
    }
}
