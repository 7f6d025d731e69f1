package org.takatuf.identity.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.text.Bidi;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationFilter;
import org.takatuf.identity.OrganisationForm;
import org.takatuf.identity.OrganisationKind;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.identity.OrganisationRole;
import org.takatuf.identity.VerificationStatus;

/** Organisation pages: the public list and page, creation, editing, invitations, the verification request. */
@Controller
class OrganisationController {

    static final int PAGE_SIZE = 20;
    static final int MAX_DOCUMENTS = 5;

    private final OrganisationManagement organisations;
    private final MessageSource messages;

    private final java.util.List<org.takatuf.identity.OrganisationPageSection> sections;

    OrganisationController(OrganisationManagement organisations, MessageSource messages,
                           java.util.List<org.takatuf.identity.OrganisationPageSection> sections) {
        this.organisations = organisations;
        this.messages = messages;
        this.sections = sections;
    }

    // --- public ---

    @GetMapping("/organisations")
    String list(@RequestParam(required = false) OrganisationKind kind, @RequestParam(required = false) String city,
                @RequestParam(defaultValue = "false") boolean verified, @RequestParam(defaultValue = "0") int page,
                Model model) {
        OrganisationFilter filter = new OrganisationFilter(kind, city == null || city.length() > 100 ? null : city, verified);
        Page<Organisation> result = organisations.list(filter, page, PAGE_SIZE);
        model.addAttribute("filter", filter);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("cities", organisations.cities());
        model.addAttribute("result", result);
        UriComponentsBuilder base = UriComponentsBuilder.fromPath("/organisations");
        if (filter.kind() != null) {
            base.queryParam("kind", filter.kind());
        }
        if (filter.city() != null) {
            base.queryParam("city", filter.city());
        }
        if (filter.verifiedOnly()) {
            base.queryParam("verified", true);
        }
        model.addAttribute("previousUrl", result.hasPrevious()
                ? base.cloneBuilder().queryParam("page", result.getNumber() - 1).encode().toUriString() : null);
        model.addAttribute("nextUrl", result.hasNext()
                ? base.cloneBuilder().queryParam("page", result.getNumber() + 1).encode().toUriString() : null);
        return "identity/organisations/list";
    }

    @GetMapping("/organisations/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        return page(load(slug), me, model);
    }

    // --- creation and editing ---

    @GetMapping("/organisations/new")
    String createForm(Model model) {
        model.addAttribute("form", new OrganisationForm("", null, "", "", "", ""));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("editing", false);
        return "identity/organisations/form";
    }

    @PostMapping("/organisations/new")
    String create(@Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                  @AuthenticationPrincipal CurrentMember me, Model model, RedirectAttributes redirect, Locale locale,
                  HttpServletResponse response) {
        if (!errors.hasErrors()) {
            try {
                Organisation created = organisations.create(me.id(), form);
                redirect.addFlashAttribute("flash", messages.getMessage("organisations.created", new Object[] {Bidi.isolate(created.getName())}, locale));
                return "redirect:/organisations/" + created.getSlug();
            } catch (UserInputException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("editing", false);
        return "identity/organisations/form";
    }

    @GetMapping("/organisations/{slug}/edit")
    String editForm(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Organisation organisation = loadForAdmin(slug, me);
        model.addAttribute("organisation", organisation);
        model.addAttribute("form", new OrganisationForm(organisation.getName(), organisation.getKind(),
                organisation.getDescription(), organisation.getCity(), organisation.getWebsite(), organisation.getContactEmail()));
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("editing", true);
        return "identity/organisations/form";
    }

    @PostMapping("/organisations/{slug}/edit")
    String edit(@PathVariable String slug, @Valid @ModelAttribute("form") OrganisationForm form, BindingResult errors,
                @AuthenticationPrincipal CurrentMember me, Model model, RedirectAttributes redirect, Locale locale,
                HttpServletResponse response) {
        Organisation organisation = loadForAdmin(slug, me);
        if (!errors.hasErrors()) {
            try {
                organisations.edit(me.id(), organisation.organisationId(), form);
                redirect.addFlashAttribute("flash", messages.getMessage("organisations.saved", null, locale));
                return "redirect:/organisations/" + organisation.getSlug();
            } catch (UserInputException e) {
                errors.reject(e.messageKey(), e.arguments(), e.messageKey());
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("organisation", organisation);
        model.addAttribute("kinds", OrganisationKind.values());
        model.addAttribute("editing", true);
        return "identity/organisations/form";
    }

    // --- invitations ---

    @PostMapping("/organisations/{slug}/invitations")
    String invite(@PathVariable String slug, @RequestParam(required = false) String email,
                  @RequestParam(required = false) OrganisationRole role, @AuthenticationPrincipal CurrentMember me,
                  Model model, RedirectAttributes redirect, Locale locale, HttpServletResponse response) {
        Organisation organisation = loadForAdmin(slug, me);
        try {
            organisations.invite(me.id(), organisation.organisationId(), email, role == null ? OrganisationRole.MEMBER : role);
            redirect.addFlashAttribute("flash", messages.getMessage("organisations.invite.sent", new Object[] {Bidi.isolate(email.trim())}, locale));
            return "redirect:/organisations/" + organisation.getSlug();
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("inviteError", messages.getMessage(e.messageKey(), e.arguments(), locale));
            model.addAttribute("inviteEmail", email);
            return page(organisation, me, model);
        }
    }

    @GetMapping("/invitations/{token}")
    String invitation(@PathVariable String token, Model model, Locale locale, HttpServletResponse response) {
        return organisations.invitation(token).map(invitation -> {
            model.addAttribute("invitation", invitation);
            model.addAttribute("token", token);
            return "identity/organisations/invitation";
        }).orElseGet(() -> {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("status", 400);
            model.addAttribute("message", messages.getMessage("link.invalid", null, locale));
            return "site/error";
        });
    }

    @PostMapping("/invitations/{token}")
    String accept(@PathVariable String token, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect,
                  Locale locale) {
        Organisation organisation = organisations.acceptInvitation(me.id(), token);
        redirect.addFlashAttribute("flash", messages.getMessage("organisations.invite.accepted",
                new Object[] {Bidi.isolate(organisation.getName())}, locale));
        return "redirect:/organisations/" + organisation.getSlug();
    }

    // --- verification request ---

    @GetMapping("/organisations/{slug}/verification")
    String verificationForm(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Organisation organisation = loadForAdmin(slug, me);
        model.addAttribute("organisation", organisation);
        model.addAttribute("maxDocuments", MAX_DOCUMENTS);
        model.addAttribute("canRequest", canRequest(organisation));
        return "identity/organisations/verification";
    }

    @PostMapping("/organisations/{slug}/verification")
    String requestVerification(@PathVariable String slug, @RequestParam(required = false) String note,
                               @RequestParam(name = "documents", required = false) List<MultipartFile> documents,
                               @AuthenticationPrincipal CurrentMember me, Model model, RedirectAttributes redirect,
                               Locale locale, HttpServletResponse response) throws IOException {
        Organisation organisation = loadForAdmin(slug, me);
        List<OrganisationManagement.Upload> uploads = new ArrayList<>();
        if (documents != null) {
            for (MultipartFile file : documents) {
                if (file != null && !file.isEmpty()) {
                    uploads.add(new OrganisationManagement.Upload(file.getOriginalFilename(), file.getBytes()));
                }
            }
        }
        try {
            organisations.requestVerification(me.id(), organisation.organisationId(), note, uploads);
            redirect.addFlashAttribute("flash", messages.getMessage("organisations.verification.sent", null, locale));
            return "redirect:/organisations/" + organisation.getSlug();
        } catch (UserInputException e) {
            response.setStatus(e instanceof ConflictException ? HttpServletResponse.SC_CONFLICT : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("organisation", organisations.bySlug(slug).orElse(organisation));
            model.addAttribute("maxDocuments", MAX_DOCUMENTS);
            model.addAttribute("canRequest", canRequest(organisation));
            model.addAttribute("note", note);
            model.addAttribute("error", messages.getMessage(e.messageKey(), e.arguments(), locale));
            return "identity/organisations/verification";
        }
    }

    // --- helpers ---

    private String page(Organisation organisation, CurrentMember me, Model model) {
        boolean admin = me != null && organisations.isAdmin(me.id(), organisation.organisationId());
        model.addAttribute("organisation", organisation);
        model.addAttribute("people", organisations.people(organisation.organisationId()));
        model.addAttribute("isAdmin", admin);
        boolean member = admin || me != null && organisations.isMember(me.id(), organisation.organisationId());
        model.addAttribute("isMember", member);
        model.addAttribute("sections", sections.stream().flatMap(s -> s.section(organisation, member).stream())
                .sorted(java.util.Comparator.comparingInt(org.takatuf.identity.OrganisationPageSection.Section::order)).toList());
        model.addAttribute("roles", OrganisationRole.values());
        if (admin) {
            model.addAttribute("latestRequest", organisations.latestRequest(organisation.organisationId()).orElse(null));
            model.addAttribute("invitations", organisations.openInvitations(me.id(), organisation.organisationId()));
            model.addAttribute("canRequest", canRequest(organisation));
        }
        return "identity/organisations/show";
    }

    private static boolean canRequest(Organisation organisation) {
        return organisation.getStatus() == VerificationStatus.UNVERIFIED || organisation.getStatus() == VerificationStatus.REJECTED;
    }

    private Organisation load(String slug) {
        if (slug == null || slug.length() > 120) {
            throw new NotFoundException("organisation");
        }
        return organisations.bySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
    }

    /** Pages that change an organisation are refused (403) to anyone but its admins before anything is shown. */
    private Organisation loadForAdmin(String slug, CurrentMember me) {
        Organisation organisation = load(slug);
        if (me == null || !organisations.isAdmin(me.id(), organisation.organisationId())) {
            throw new AccessDeniedException("not an admin of this organisation");
        }
        return organisation;
    }
}
