package org.takatuf.engagement.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
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

    /** Follows a source; {@code back} is where to return (a path on this site only). */
    @PostMapping("/follows")
    String follow(@RequestParam String type, @RequestParam String key, @RequestParam(defaultValue = "") String label,
                  @RequestParam(defaultValue = "true") boolean follow, @RequestParam(defaultValue = "/feed") String back,
                  @AuthenticationPrincipal CurrentMember me) {
        if (!type.equals("tag")) {
            try {
                UUID.fromString(key);
            } catch (IllegalArgumentException e) {
                throw new UserInputException("engagement.follow.unknown");
            }
        }
        if (follow) {
            follows.follow(me.id(), type, key, label);
        } else {
            follows.unfollow(me.id(), type, key);
        }
        return "redirect:" + (back.startsWith("/") && !back.startsWith("//") && !back.contains("\\") ? back : "/feed");
    }
}
