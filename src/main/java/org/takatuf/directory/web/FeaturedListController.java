package org.takatuf.directory.web;

import java.util.Locale;

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
import org.takatuf.directory.internal.Directory;
import org.takatuf.identity.CurrentMember;

/** Ambassadors' featured lists ("10 home businesses to support this Eid") and the naming of ambassadors. */
@Controller
class FeaturedListController {

    private final Directory directory;
    private final MessageSource messages;

    FeaturedListController(Directory directory, MessageSource messages) {
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/local/lists/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Directory.FeaturedList list = directory.list(slug).orElseThrow(() -> new NotFoundException("list"));
        model.addAttribute("list", list);
        model.addAttribute("owner", me != null && list.ownerId().equals(me.uuid()));
        return "directory/list";
    }

    @PostMapping("/local/lists")
    String create(@RequestParam(defaultValue = "") String title, @RequestParam(required = false) String intro,
                  @AuthenticationPrincipal CurrentMember me) {
        Directory.FeaturedList list = directory.createList(me.uuid(), title, intro);
        return "redirect:/local/lists/" + list.slug();
    }

    @PostMapping("/local/lists/{slug}/items")
    String add(@PathVariable String slug, @RequestParam(defaultValue = "") String business, @AuthenticationPrincipal CurrentMember me,
               RedirectAttributes redirect, Locale locale) {
        directory.addToList(me.uuid(), slug, business);
        redirect.addFlashAttribute("flash", messages.getMessage("directory.list.added", null, locale));
        return "redirect:/local/lists/" + slug;
    }

    @GetMapping("/local/ambassadors")
    String ambassadors(Model model) {
        model.addAttribute("ambassadors", directory.ambassadors());
        return "directory/ambassadors";
    }

    @PostMapping("/local/ambassadors")
    String grant(@RequestParam(defaultValue = "") String email, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect,
                 Locale locale) {
        directory.grantAmbassador(me.uuid(), email);
        redirect.addFlashAttribute("flash", messages.getMessage("directory.ambassador.granted", null, locale));
        return "redirect:/local/ambassadors";
    }

    @PostMapping("/local/ambassadors/{id}/revoke")
    String revoke(@PathVariable java.util.UUID id) {
        directory.revokeAmbassador(id);
        return "redirect:/local/ambassadors";
    }
}
