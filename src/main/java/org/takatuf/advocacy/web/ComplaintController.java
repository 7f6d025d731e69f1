package org.takatuf.advocacy.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.advocacy.Sector;
import org.takatuf.advocacy.internal.AdvocacySettings;
import org.takatuf.advocacy.internal.Company;
import org.takatuf.advocacy.internal.CompanyManagement;
import org.takatuf.advocacy.internal.Complaint;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.advocacy.internal.ComplaintStatus;
import org.takatuf.advocacy.internal.Outcome;
import org.takatuf.advocacy.internal.RateLimitedException;
import org.takatuf.advocacy.internal.RegulatorPdf;
import org.takatuf.advocacy.internal.SupportManagement;
import org.takatuf.core.ConflictException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.MemberManagement;

/** Complaint pages: list, form, the complaint with its evidence, supporters and the company's answers, and its actions. */
@Controller
class ComplaintController {

    private final ComplaintManagement complaints;
    private final SupportManagement supports;
    private final CompanyManagement companies;
    private final MemberManagement memberManagement;
    private final RegulatorPdf pdf;
    private final AdvocacySettings settings;
    private final MessageSource messages;
    private final AdvocacyText text;
    private final org.takatuf.core.SiteLinks links;

    ComplaintController(ComplaintManagement complaints, SupportManagement supports, CompanyManagement companies,
                        MemberManagement memberManagement, RegulatorPdf pdf, AdvocacySettings settings, MessageSource messages, AdvocacyText text,
                        org.takatuf.core.SiteLinks links) {
        this.links = links;
        this.text = text;
        this.complaints = complaints;
        this.supports = supports;
        this.companies = companies;
        this.memberManagement = memberManagement;
        this.pdf = pdf;
        this.settings = settings;
        this.messages = messages;
    }

    static MemberId id(CurrentMember me) {
        return me == null ? null : me.id();
    }

    @GetMapping("/complaints")
    String list(@RequestParam(required = false) String sector, @RequestParam(required = false) String status,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Sector s = sector == null ? null : Sector.ofKey(sector).orElse(null);
        ComplaintStatus st = status == null ? null : java.util.Arrays.stream(ComplaintStatus.values())
                .filter(x -> x.isPublic() && x.name().equalsIgnoreCase(status)).findFirst().orElse(null);
        int p = Math.max(0, Math.min(page, 1000));
        List<ComplaintManagement.Card> cards = complaints.list(new ComplaintManagement.Filter(s, st, null, p));
        model.addAttribute("cards", cards);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("statuses", List.of(ComplaintStatus.SENT, ComplaintStatus.ANSWERED, ComplaintStatus.RESOLVED,
                ComplaintStatus.UNRESOLVED));
        model.addAttribute("sector", s == null ? "" : s.key());
        model.addAttribute("status", st == null ? "" : st.name().toLowerCase(Locale.ROOT));
        model.addAttribute("page", p);
        model.addAttribute("hasNext", cards.size() == ComplaintManagement.PAGE_SIZE);
        return "advocacy/complaints";
    }

    @GetMapping("/me/complaints")
    String mine(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("cards", complaints.mine(me.id()));
        return "advocacy/mine";
    }

    @GetMapping("/complaints/new")
    String newForm(Model model) {
        return form(model, new ComplaintForm(), null, null);
    }

    @PostMapping("/complaints")
    String create(@AuthenticationPrincipal CurrentMember me, @ModelAttribute("form") ComplaintForm form, Model model,
                  RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Complaint created;
        try {
            created = complaints.open(me.id(), form.toCommand(), form.getSubmissionKey());
        } catch (RateLimitedException e) {
            throw e;
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(model, form, null, messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.opened", null, locale));
        return "redirect:/complaints/" + created.id();
    }

    @GetMapping("/complaints/{id}/edit")
    String editForm(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Complaint c = own(me, id);
        return form(model, ComplaintForm.of(c, companies.get(c.companyId())), c, null);
    }

    @PostMapping("/complaints/{id}/edit")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @ModelAttribute("form") ComplaintForm form, Model model,
                RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Complaint c = own(me, id);
        try {
            complaints.edit(me.id(), id, form.toCommand());
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? 409 : 400);
            return form(model, form, c, messages.getMessage(e.messageKey(), e.arguments(), locale));
        }
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.saved", null, locale));
        return "redirect:/complaints/" + id;
    }

    private Complaint own(CurrentMember me, UUID id) {
        Complaint c = complaints.visible(id, me.id());
        if (!c.isAuthor(me.id())) {
            throw new org.springframework.security.access.AccessDeniedException("not the complainant");
        }
        return c;
    }

    private String form(Model model, ComplaintForm form, Complaint existing, String error) {
        model.addAttribute("form", form);
        model.addAttribute("complaint", existing);
        model.addAttribute("error", error);
        model.addAttribute("sectors", Sector.values());
        model.addAttribute("outcomes", Outcome.values());
        model.addAttribute("countries", settings.countries());
        return "advocacy/complaint-form";
    }

    @GetMapping("/complaints/{id}")
    String show(@PathVariable UUID id, @RequestParam(required = false) String ref, @AuthenticationPrincipal CurrentMember me,
                Model model) {
        model.addAttribute("ref", ref != null && ref.matches("[a-z]{1,20}") ? ref : null);
        MemberId viewer = id(me);
        Complaint c = complaints.visible(id, viewer);
        Company company = companies.get(c.companyId());
        SupportManagement.Counts counts = supports.counts(id);
        model.addAttribute("complaint", c);
        if (c.hiddenAt() == null && !"OPEN".equals(c.status().name())) {
            // a draft or a hidden complaint gets no card to share
            model.addAttribute("og", new org.takatuf.core.OpenGraph(c.title(), c.whatHappened(), links.base() + "/complaints/" + c.id(), null));
        }
        model.addAttribute("company", company);
        model.addAttribute("author", memberManagement.account(new MemberId(c.authorId())).getDisplayName());
        model.addAttribute("counts", counts);
        model.addAttribute("nextMilestone", supports.nextMilestone(counts.supporters()));
        model.addAttribute("milestones", supports.milestonesReached(id));
        model.addAttribute("evidence", complaints.evidence(id));
        model.addAttribute("responses", complaints.responses(id, viewer));
        model.addAttribute("experiences", supports.experiences(id, 50));
        model.addAttribute("median", companies.medianResponse(company.id()).orElse(null));
        model.addAttribute("waiting", c.waiting(complaints.now()));
        model.addAttribute("deadline", c.deadline(complaints.answerDeadline()));
        model.addAttribute("canEscalate", c.isAuthor(viewer) && c.canEscalate(complaints.now(), complaints.answerDeadline()));
        model.addAttribute("isAuthor", c.isAuthor(viewer));
        model.addAttribute("supporting", supports.isSupporting(viewer, id));
        model.addAttribute("meToo", supports.isMeToo(viewer, id));
        model.addAttribute("representative", companies.isRepresentative(viewer, company.id()));
        model.addAttribute("moderator", complaints.isModerator(viewer));
        model.addAttribute("regulator", settings.regulatorFor(company.country(), c.sector()).orElse(null));
        model.addAttribute("viewerId", viewer == null ? null : viewer.value());
        model.addAttribute("share", text.share("/complaints/" + id, c.title(), c.hashtag()));
        return "advocacy/complaint";
    }

    @PostMapping("/complaints/{id}/evidence")
    String addEvidence(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) MultipartFile file,
                       @RequestParam(required = false) String caption, @RequestParam(defaultValue = "false") boolean noStaffData,
                       RedirectAttributes redirect, Locale locale) throws IOException {
        complaints.addEvidence(me.id(), id, file == null ? new byte[0] : file.getBytes(), caption, noStaffData);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.evidence-added", null, locale));
        return "redirect:/complaints/" + id + "#evidence";
    }

    @PostMapping("/complaints/{id}/evidence/{evidenceId}/remove")
    String removeEvidence(@PathVariable UUID id, @PathVariable UUID evidenceId, @AuthenticationPrincipal CurrentMember me,
                          RedirectAttributes redirect, Locale locale) {
        complaints.removeEvidence(me.id(), id, evidenceId);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.evidence-removed", null, locale));
        return "redirect:/complaints/" + id + "#evidence";
    }

    @GetMapping("/complaints/{id}/evidence/{evidenceId}")
    ResponseEntity<byte[]> evidence(@PathVariable UUID id, @PathVariable UUID evidenceId, @AuthenticationPrincipal CurrentMember me)
            throws IOException {
        ComplaintManagement.EvidenceFile file = complaints.evidenceFile(id(me), id, evidenceId);
        try (InputStream in = file.content()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                    .cacheControl(CacheControl.noStore())
                    .header("X-Content-Type-Options", "nosniff")
                    .body(in.readAllBytes());
        }
    }

    @PostMapping("/complaints/{id}/send")
    String send(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        complaints.send(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.sent", null, locale));
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/complaints/{id}/support")
    String support(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(defaultValue = "false") boolean meToo,
                   @RequestParam(required = false) String experience, RedirectAttributes redirect, Locale locale) {
        boolean changed = supports.support(me.id(), id, meToo, experience);
        redirect.addFlashAttribute("flash", messages.getMessage(changed ? (meToo ? "advocacy.flash.me-too" : "advocacy.flash.supported")
                : "advocacy.flash.already-supporting", null, locale));
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/complaints/{id}/responses")
    String respond(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String body,
                   @RequestParam(defaultValue = "public") String visibility, @RequestParam(defaultValue = "false") boolean proposesResolved,
                   RedirectAttributes redirect, Locale locale) {
        complaints.respond(me.id(), id, body, !"private".equals(visibility), proposesResolved);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.responded", null, locale));
        return "redirect:/complaints/" + id + "#answers";
    }

    @PostMapping("/complaints/{id}/resolve")
    String resolve(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        complaints.confirmResolved(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.resolved", null, locale));
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/complaints/{id}/escalate")
    String escalate(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        complaints.escalate(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.escalated", null, locale));
        return "redirect:/complaints/" + id;
    }

    @GetMapping("/complaints/{id}/regulator.pdf")
    ResponseEntity<byte[]> regulatorPdf(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Locale locale) {
        Complaint c = complaints.forRegulator(me.id(), id);
        Company company = companies.get(c.companyId());
        var author = memberManagement.account(me.id());
        byte[] document = pdf.render(new RegulatorPdf.Content(c, company, settings.regulatorFor(company.country(), c.sector()).orElse(null),
                author.getDisplayName(), author.getEmail(), supports.counts(id),
                complaints.responses(id, null).stream().toList(), complaints.evidence(id), c.waiting(complaints.now())), locale);
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("complaint-" + c.number() + ".pdf").build().toString())
                .body(document);
    }

    @PostMapping("/complaints/{id}/hide")
    String hide(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String reason,
                RedirectAttributes redirect, Locale locale) {
        complaints.hide(me.id(), id, reason);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.hidden", null, locale));
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/complaints/{id}/restore")
    String restore(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        complaints.restore(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.restored", null, locale));
        return "redirect:/complaints/" + id;
    }

    @PostMapping("/complaints/{id}/supporters/{memberId}/hide")
    String hideExperience(@PathVariable UUID id, @PathVariable UUID memberId, @AuthenticationPrincipal CurrentMember me,
                          RedirectAttributes redirect, Locale locale) {
        complaints.hideExperience(me.id(), id, memberId);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.hidden", null, locale));
        return "redirect:/complaints/" + id;
    }
}
