package org.takatuf.identity.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
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
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.OrganisationManagement;

/**
 * The platform administrators' verification queue: pending requests oldest first, their documents,
 * approval and rejection with a reason. {@code /admin/**} is for platform administrators only (security
 * configuration); the domain checks the role again.
 */
@Controller
class AdminVerificationController {

    private final OrganisationManagement organisations;
    private final MessageSource messages;

    AdminVerificationController(OrganisationManagement organisations, MessageSource messages) {
        this.organisations = organisations;
        this.messages = messages;
    }

    @GetMapping("/admin/verifications")
    String queue(@AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
        model.addAttribute("pending", organisations.pendingRequests(me.id()));
        return "identity/admin/verifications";
    }

    @GetMapping("/admin/verifications/{id}/documents/{documentId}")
    ResponseEntity<InputStreamResource> document(@PathVariable UUID id, @PathVariable UUID documentId,
                                                 @AuthenticationPrincipal CurrentMember me) {
        OrganisationManagement.Document document = organisations.document(me.id(), id, documentId)
                .orElseThrow(() -> new NotFoundException("document"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(document.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .cacheControl(CacheControl.noStore())
                .body(new InputStreamResource(document.content()));
    }

    @PostMapping("/admin/verifications/{id}/approve")
    String approve(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        organisations.approve(me.id(), id);
        redirect.addFlashAttribute("flash", messages.getMessage("admin.verifications.approved", null, locale));
        return "redirect:/admin/verifications";
    }

    @PostMapping("/admin/verifications/{id}/reject")
    String reject(@PathVariable UUID id, @RequestParam(required = false) String reason,
                  @AuthenticationPrincipal CurrentMember me, Model model, RedirectAttributes redirect, Locale locale,
                  HttpServletResponse response) {
        try {
            organisations.reject(me.id(), id, reason);
        } catch (ConflictException e) {
            throw e;
        } catch (UserInputException e) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            response.setHeader(HttpHeaders.CACHE_CONTROL, CacheControl.noStore().getHeaderValue());
            model.addAttribute("pending", organisations.pendingRequests(me.id()));
            model.addAttribute("rejectError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            model.addAttribute("rejectRequest", id);
            model.addAttribute("rejectReason", reason);
            return "identity/admin/verifications";
        }
        redirect.addFlashAttribute("flash", messages.getMessage("admin.verifications.rejected", null, locale));
        return "redirect:/admin/verifications";
    }
}
