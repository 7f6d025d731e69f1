package org.takatuf.notifications.web;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.core.NotFoundException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.notifications.internal.Inbox;
import org.takatuf.notifications.internal.NotificationType;
import org.takatuf.notifications.internal.UnsubscribeLinks;

/** The inbox, the unread count for the layout (an htmx fragment), preferences, and unsubscribing from e-mail links. */
@Controller
class NotificationController {

    private final Inbox inbox;
    private final UnsubscribeLinks unsubscribe;
    private final MessageSource messages;
    private final org.takatuf.core.i18n.Plurals plurals;

    NotificationController(Inbox inbox, UnsubscribeLinks unsubscribe, MessageSource messages, org.takatuf.core.i18n.Plurals plurals) {
        this.plurals = plurals;
        this.inbox = inbox;
        this.unsubscribe = unsubscribe;
        this.messages = messages;
    }

    @GetMapping("/notifications")
    String inbox(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("notifications", inbox.recent(me.uuid(), 50));
        model.addAttribute("unread", inbox.unread(me.uuid()));
        return "notifications/inbox";
    }

    /** The badge in the layout, loaded with htmx so that no page has to call this module. */
    @GetMapping("/notifications/count")
    String count(@AuthenticationPrincipal CurrentMember me, Model model) {
        long unread = inbox.unread(me.uuid());
        model.addAttribute("unread", unread);
        model.addAttribute("label", plurals.count("notifications.unread", unread));
        return "notifications/fragments/count :: count";
    }

    @PostMapping("/notifications/{id}/open")
    String open(@PathVariable long id, @AuthenticationPrincipal CurrentMember me) {
        String link = inbox.open(me.uuid(), id);
        return "redirect:" + (link.startsWith("/") && !link.startsWith("//") ? link : "/notifications");
    }

    @PostMapping("/notifications/read-all")
    String readAll(@AuthenticationPrincipal CurrentMember me) {
        inbox.markAllRead(me.uuid());
        return "redirect:/notifications";
    }

    @GetMapping("/notifications/preferences")
    String preferences(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("preferences", inbox.preferences(me.uuid()));
        model.addAttribute("deliveries", NotificationType.Delivery.values());
        return "notifications/preferences";
    }

    @PostMapping("/notifications/preferences")
    String savePreferences(@RequestParam Map<String, String> form, @AuthenticationPrincipal CurrentMember me, RedirectAttributes redirect,
                           Locale locale) {
        inbox.setPreferences(me.uuid(), form);
        redirect.addFlashAttribute("flash", messages.getMessage("notifications.preferences.saved", null, locale));
        return "redirect:/notifications/preferences";
    }

    @GetMapping("/notifications/unsubscribe")
    String unsubscribePage(@RequestParam(required = false) UUID m, @RequestParam(required = false) String t,
                           @RequestParam(required = false) String s, Model model) {
        check(m, t, s);
        model.addAttribute("m", m);
        model.addAttribute("t", t);
        model.addAttribute("s", s);
        model.addAttribute("all", UnsubscribeLinks.ALL.equals(t));
        model.addAttribute("done", false);
        return "notifications/unsubscribe";
    }

    @PostMapping("/notifications/unsubscribe")
    String unsubscribe(@RequestParam(required = false) UUID m, @RequestParam(required = false) String t,
                       @RequestParam(required = false) String s, Model model) {
        stop(m, t, s);
        model.addAttribute("all", UnsubscribeLinks.ALL.equals(t));
        model.addAttribute("done", true);
        return "notifications/unsubscribe";
    }

    /** RFC 8058: the mail client posts {@code List-Unsubscribe=One-Click} to this address; no session, no CSRF token. */
    @PostMapping("/notifications/one-click-unsubscribe")
    @ResponseBody
    ResponseEntity<String> oneClick(@RequestParam(required = false) UUID m, @RequestParam(required = false) String t,
                                    @RequestParam(required = false) String s) {
        stop(m, t, s);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body("");
    }

    private void stop(UUID m, String t, String s) {
        check(m, t, s);
        inbox.stopMail(m, UnsubscribeLinks.ALL.equals(t) ? null : NotificationType.valueOf(t));
    }

    private void check(UUID m, String t, String s) {
        if (m == null || t == null || s == null) {
            throw new org.takatuf.core.UserInputException("notifications.unsubscribe.invalid");
        }
        boolean knownType = UnsubscribeLinks.ALL.equals(t) || t != null && java.util.Arrays.stream(NotificationType.values())
                .anyMatch(x -> x.name().equals(t));
        if (!knownType || !unsubscribe.isValid(m, t, s)) {
            throw new NotFoundException("unsubscribe");
        }
    }
}
