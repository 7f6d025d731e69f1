package org.takatuf.community.web;

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
import org.takatuf.community.internal.Events;
import org.takatuf.community.internal.Groups;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;

/** Groups: list, page, creation, joining and leaving, requests, roles, posts. */
@Controller
class GroupController {

    private final Groups groups;
    private final Events events;
    private final MessageSource messages;
    private final org.takatuf.core.SiteLinks links;

    GroupController(Groups groups, Events events, MessageSource messages, org.takatuf.core.SiteLinks links) {
        this.links = links;
        this.groups = groups;
        this.events = events;
        this.messages = messages;
    }

    @GetMapping("/groups")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                @AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("groups", groups.list(q, page));
        model.addAttribute("mine", me == null ? java.util.List.of() : groups.mine(me.id()));
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("page", Math.max(0, page));
        return "community/groups";
    }

    @GetMapping("/groups/new")
    String form(Model model) {
        model.addAttribute("form", new Groups.Form("", "", "", "", "PUBLIC", false));
        return "community/group-form";
    }

    @PostMapping("/groups")
    String create(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "") String description,
                  @RequestParam(defaultValue = "") String rules, @RequestParam(defaultValue = "") String city,
                  @RequestParam(defaultValue = "PUBLIC") String visibility, @RequestParam(defaultValue = "false") boolean womenOnly,
                  @AuthenticationPrincipal CurrentMember me, Model model, RedirectAttributes redirect, Locale locale) {
        Groups.Form form = new Groups.Form(name, description, rules, city, visibility, womenOnly);
        try {
            Groups.Group group = groups.create(me, form, null);
            redirect.addFlashAttribute("flash", messages.getMessage("community.group.created", null, locale));
            return "redirect:/groups/" + group.slug();
        } catch (UserInputException e) {
            model.addAttribute("form", form);
            model.addAttribute("error", e);
            return "community/group-form";
        }
    }

    @GetMapping("/groups/{slug}")
    String show(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, Model model) {
        Groups.Group group = groups.find(slug).orElseThrow(() -> new NotFoundException("group"));
        Groups.Membership membership = me == null ? null : groups.membership(me.id(), group.id()).orElse(null);
        model.addAttribute("group", group);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(group.name(), group.description(), links.base() + "/groups/" + group.slug(), null));
        model.addAttribute("membership", membership);
        model.addAttribute("canSeePosts", groups.canSeePosts(group, me == null ? null : me.id()));
        model.addAttribute("posts", groups.posts(group, me == null ? null : me.id(), 50));
        model.addAttribute("events", groups.canSeePosts(group, me == null ? null : me.id()) ? events.ofGroup(group.id(), 6) : java.util.List.of());
        model.addAttribute("people", groups.people(group.id(), false));
        model.addAttribute("requests", membership != null && membership.canModerate() ? groups.people(group.id(), true) : java.util.List.of());
        return "community/group";
    }

    @PostMapping("/groups/{slug}/join")
    String join(@PathVariable String slug, @RequestParam(defaultValue = "") String note, @AuthenticationPrincipal CurrentMember me,
                RedirectAttributes redirect, Locale locale) {
        boolean in = groups.join(me, slug, note);
        redirect.addFlashAttribute("flash", messages.getMessage(in ? "community.group.joined" : "community.group.requested", null, locale));
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/leave")
    String leave(@PathVariable String slug, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        groups.leave(me, slug);
        redirect.addFlashAttribute("flash", messages.getMessage("community.group.left", null, locale));
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/requests/{memberId}")
    String decide(@PathVariable String slug, @PathVariable UUID memberId, @RequestParam(defaultValue = "false") boolean approve,
                  @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect, Locale locale) {
        groups.decide(me, slug, memberId, approve);
        redirect.addFlashAttribute("flash", messages.getMessage(approve ? "community.group.approved" : "community.group.declined", null, locale));
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/members/{memberId}/role")
    String role(@PathVariable String slug, @PathVariable UUID memberId, @RequestParam(defaultValue = "") String role,
                @AuthenticationPrincipal CurrentMember me) {
        groups.changeRole(me, slug, memberId, role);
        return "redirect:/groups/" + slug;
    }

    @PostMapping("/groups/{slug}/posts")
    String post(@PathVariable String slug, @RequestParam(defaultValue = "") String body, @AuthenticationPrincipal CurrentMember me) {
        UUID id = groups.post(me, slug, body);
        return "redirect:/groups/" + slug + "#post-" + id;
    }

    @GetMapping("/groups/posts/{id}")
    String post(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Groups.Post post = groups.post(id).orElseThrow(() -> new NotFoundException("post"));
        Groups.Group group = groups.byId(post.groupId()).orElseThrow();
        if (!groups.canSeePosts(group, me == null ? null : me.id())) {
            throw new NotFoundException("post");
        }
        model.addAttribute("post", post);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(group.name(), post.body(), links.base() + "/groups/posts/" + post.id(), null));
        model.addAttribute("group", group);
        model.addAttribute("mayRemove", me != null && (post.authorId().equals(me.uuid())
                || groups.membership(me.id(), group.id()).map(Groups.Membership::canModerate).orElse(false)));
        return "community/post";
    }

    @PostMapping("/groups/posts/{id}/delete")
    String removePost(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) {
        return "redirect:/groups/" + groups.removePost(me, id);
    }
}
