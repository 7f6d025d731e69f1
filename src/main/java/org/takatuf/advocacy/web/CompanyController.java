package org.takatuf.advocacy.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.advocacy.internal.Company;
import org.takatuf.advocacy.internal.CompanyManagement;
import org.takatuf.advocacy.internal.ComplaintManagement;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberManagement;

/** Company profiles, claiming them (domain e-mail or documents) and the administrators' review of document claims. */
@Controller
class CompanyController {

    private final CompanyManagement companies;
    private final ComplaintManagement complaints;
    private final MemberManagement memberManagement;
    private final MessageSource messages;

    CompanyController(CompanyManagement companies, ComplaintManagement complaints, MemberManagement memberManagement,
                      MessageSource messages) {
        this.companies = companies;
        this.complaints = complaints;
        this.memberManagement = memberManagement;
        this.messages = messages;
    }

    @GetMapping("/companies/{id}")
    String show(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(defaultValue = "0") int page, Model model) {
        Company company = companies.get(id);
        int p = Math.max(0, Math.min(page, 1000));
        var cards = complaints.list(new ComplaintManagement.Filter(null, null, id, p));
        model.addAttribute("company", company);
        model.addAttribute("record", companies.record(id));
        model.addAttribute("median", companies.medianResponse(id).orElse(null));
        model.addAttribute("cards", cards);
        model.addAttribute("page", p);
        model.addAttribute("hasNext", cards.size() == ComplaintManagement.PAGE_SIZE);
        model.addAttribute("representative", companies.isRepresentative(ComplaintController.id(me), id));
        model.addAttribute("admin", me != null && me.hasRole(org.takatuf.identity.Role.ADMIN));
        return "advocacy/company";
    }

    @GetMapping("/companies/{id}/claim")
    String claimPage(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Company company = companies.get(id);
        model.addAttribute("company", company);
        model.addAttribute("representative", companies.isRepresentative(me.id(), id));
        model.addAttribute("pending", companies.pendingClaim(me.id(), id).orElse(null));
        return "advocacy/claim";
    }

    @PostMapping("/companies/{id}/claim/email")
    String claimByEmail(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String email,
                        RedirectAttributes redirect, Locale locale) {
        companies.claimByEmail(me.id(), id, email, locale);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.code-sent", null, locale));
        return "redirect:/companies/" + id + "/claim";
    }

    @PostMapping("/companies/{id}/claim/code")
    String confirmCode(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String code,
                       RedirectAttributes redirect, Locale locale) {
        companies.confirmEmail(me.id(), id, code);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.claimed", null, locale));
        return "redirect:/companies/" + id;
    }

    @PostMapping("/companies/{id}/claim/document")
    String claimByDocument(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me,
                           @RequestParam(required = false) MultipartFile document, @RequestParam(required = false) String note,
                           RedirectAttributes redirect, Locale locale) throws IOException {
        companies.claimByDocument(me.id(), id, document == null ? new byte[0] : document.getBytes(), note);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.claim-sent", null, locale));
        return "redirect:/companies/" + id + "/claim";
    }

    @PostMapping("/companies/{id}/domain")
    String setDomain(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, @RequestParam(required = false) String domain,
                     RedirectAttributes redirect, Locale locale) {
        companies.setOfficialDomain(me.id(), id, domain);
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.saved", null, locale));
        return "redirect:/companies/" + id;
    }

    @GetMapping("/admin/company-claims")
    String claims(@AuthenticationPrincipal CurrentMember me, Model model) {
        var claims = companies.pendingDocumentClaims(me.id());
        model.addAttribute("claims", claims.stream().map(c -> new ClaimRow(c, companies.get(c.companyId()),
                memberManagement.account(new org.takatuf.identity.MemberId(c.memberId())).getDisplayName())).toList());
        return "advocacy/claims";
    }

    record ClaimRow(CompanyManagement.Claim claim, Company company, String memberName) {
    }

    @GetMapping("/admin/company-claims/{id}/document")
    ResponseEntity<byte[]> document(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) throws IOException {
        CompanyManagement.Document d = companies.document(me.id(), id);
        try (InputStream in = d.content()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(d.contentType())).cacheControl(CacheControl.noStore())
                    .header("X-Content-Type-Options", "nosniff").body(in.readAllBytes());
        }
    }

    @PostMapping("/admin/company-claims/{id}/{action}")
    String decide(@PathVariable UUID id, @PathVariable String action, @AuthenticationPrincipal CurrentMember me,
                  RedirectAttributes redirect, Locale locale) {
        switch (action) {
            case "approve" -> companies.approve(me.id(), id);
            case "reject" -> companies.reject(me.id(), id);
            default -> throw new org.takatuf.core.NotFoundException("action");
        }
        redirect.addFlashAttribute("flash", messages.getMessage("advocacy.flash.claim-" + action, null, locale));
        return "redirect:/admin/company-claims";
    }
}
