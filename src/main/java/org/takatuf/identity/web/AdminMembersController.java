package org.takatuf.identity.web;

import java.util.Locale;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.MemberManagement;

/**
 * Platform administrators find accounts, suspend and restore them (a suspended account's sessions end
 * at once) and give or take the moderator and administrator roles. Nobody can change their own account
 * here.
 */
@Controller
class AdminMembersController {

    private final MemberManagement members;
    private final MessageSource messages;

    AdminMembersController(MemberManagement members, MessageSource messages) {
        this.members = members;
        this.messages = messages;
    }

    @GetMapping("/admin/members")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("members", members.search(q, page));
        return "identity/admin/members";
    }

    @PostMapping("/admin/members/{id}/{action}")
    String change(@AuthenticationPrincipal CurrentMember admin, @PathVariable UUID id, @PathVariable String action,
                  @RequestParam(required = false) String q, RedirectAttributes redirect, Locale locale) {
        members.administer(admin.id(), new MemberId(id), action);
        redirect.addFlashAttribute("flash", messages.getMessage("admin.members.done." + action, null, locale));
        redirect.addAttribute("q", q == null ? "" : q);
        return "redirect:/admin/members";
    }
}
