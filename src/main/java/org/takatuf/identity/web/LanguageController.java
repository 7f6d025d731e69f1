package org.takatuf.identity.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberManagement;

/**
 * A signed-in member's language switch: a form (POST, CSRF token), because the choice is kept in the
 * profile so that it follows the member to other devices and to e-mails, and a GET never changes anything
 * (quality.md line 8). Anonymous visitors switch with {@code ?lang=}, which only sets their locale cookie.
 */
@Controller
class LanguageController {

    private final MemberManagement members;

    LanguageController(MemberManagement members) {
        this.members = members;
    }

    @PostMapping("/me/language")
    String change(@AuthenticationPrincipal CurrentMember member, @RequestParam(required = false) String lang,
                  @RequestParam(required = false) String back) {
        if (lang == null || !(lang.equals("ar") || lang.equals("en"))) {
            throw new UserInputException("profile.locale.invalid");
        }
        members.changePreferredLocale(member.id(), Locale.forLanguageTag(lang));
        return "redirect:" + sameSite(back, lang);
    }

    /** Only a path of this site (never {@code //host} or {@code /\host}), with the new language applied. */
    static String sameSite(String back, String lang) {
        String path = back != null && back.startsWith("/") && !back.startsWith("//") && !back.startsWith("/\\")
                && back.chars().noneMatch(c -> c < 0x20) ? back : "/";
        if (!path.contains("lang=")) {
            path += (path.contains("?") ? "&" : "?") + "lang=" + lang;
        }
        return path;
    }
}
