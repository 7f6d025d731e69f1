package org.takatuf.engagement.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.core.UserInputException;
import org.takatuf.engagement.internal.Feed;
import org.takatuf.engagement.internal.Follows;
import org.takatuf.identity.CurrentMember;

/** The personal feed and the generic follow / unfollow of any source (member, group, organisation, campaign, ...). */
@Controller
class FeedController {

    private final Feed feed;
    private final Follows follows;

    FeedController(Feed feed, Follows follows) {
        this.feed = feed;
        this.follows = follows;
    }

    @GetMapping("/feed")
    String feed(@RequestParam(required = false) String before, @AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("page", feed.of(me.id(), before));
        model.addAttribute("follows", follows.of(me.id()));
        model.addAttribute("trending", feed.trendingTags(30, 8));
        return "engagement/feed";
    }

    /**
     * The follow button of any followable page ({@code engagement/embed :: follow}), loaded by htmx: the
     * follower count and, for a member, follow or unfollow; an anonymous visitor gets a link to sign in.
     */
    @GetMapping("/engage/follows")
    String button(@RequestParam String type, @RequestParam String key, @RequestParam(defaultValue = "") String label,
                  @RequestParam(defaultValue = "/feed") String back, @AuthenticationPrincipal CurrentMember me, Model model) {
        check(type, key);
        model.addAttribute("type", type);
        model.addAttribute("key", key);
        model.addAttribute("label", label.length() > 200 ? label.substring(0, 200) : label);
        model.addAttribute("back", safe(back));
        model.addAttribute("followers", follows.followers(type, key));
        model.addAttribute("following", me != null && follows.follows(me.id(), type, key));
        model.addAttribute("signedIn", me != null);
        return "engagement/fragments/follow :: button";
    }

    /** Follows a source; {@code back} is where to return (a path on this site only). htmx gets the refreshed button. */
    @PostMapping("/follows")
    String follow(@RequestParam String type, @RequestParam String key, @RequestParam(defaultValue = "") String label,
                  @RequestParam(defaultValue = "true") boolean follow, @RequestParam(defaultValue = "/feed") String back,
                  @RequestHeader(name = "HX-Request", required = false) String htmx,
                  @AuthenticationPrincipal CurrentMember me, Model model) {
        check(type, key);
        if (follow) {
            follows.follow(me.id(), type, key, label);
        } else {
            follows.unfollow(me.id(), type, key);
        }
        if (htmx != null) {
            return button(type, key, label, back, me, model);
        }
        return "redirect:" + safe(back);
    }

    private static String safe(String back) {
        return back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/feed";
    }

    private static void check(String type, String key) {
        if (!Follows.TYPES.contains(type)) {
            throw new UserInputException("engagement.follow.unknown");
        }
        if (!type.equals("tag")) {
            try {
                UUID.fromString(key);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("engagement.follow.unknown");
            }
        }
    }
}
