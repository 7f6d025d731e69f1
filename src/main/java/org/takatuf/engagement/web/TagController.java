package org.takatuf.engagement.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.text.Hashtags;
import org.takatuf.engagement.internal.Feed;
import org.takatuf.engagement.internal.Follows;
import org.takatuf.engagement.internal.Frames;
import org.takatuf.identity.CurrentMember;

/**
 * Hashtag pages: {@code /tags/كلنا_أكرم} and {@code /tags/كلنا_اكرم} show the same conversation; a
 * spelling other than the key redirects to the key's page so that every tag has one address.
 */
@Controller
class TagController {

    private final Feed feed;
    private final Follows follows;
    private final Frames frames;
    private final org.takatuf.core.SiteLinks links;

    TagController(Feed feed, Follows follows, Frames frames, org.takatuf.core.SiteLinks links) {
        this.links = links;
        this.feed = feed;
        this.follows = follows;
        this.frames = frames;
    }

    static String path(String key) {
        return "/tags/" + URLEncoder.encode(key, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @GetMapping("/tags/{tag}")
    String tag(@PathVariable String tag, @RequestParam(required = false) String before, @AuthenticationPrincipal CurrentMember me,
               Model model) {
        String key = Hashtags.key(tag).orElseThrow(() -> new NotFoundException("tag"));
        if (!key.equals(tag)) {
            return "redirect:" + path(key) + (before == null ? "" : "?before=" + URLEncoder.encode(before, StandardCharsets.UTF_8));
        }
        model.addAttribute("tag", key);
        model.addAttribute("og", new org.takatuf.core.OpenGraph("#" + key, "", links.base() + path(key), null));
        model.addAttribute("page", feed.tagged(key, before));
        model.addAttribute("count", feed.taggedCount(key));
        model.addAttribute("followers", follows.followers("tag", key));
        model.addAttribute("following", me != null && follows.follows(me.id(), "tag", key));
        model.addAttribute("frames", frames.forTag(key));
        return "engagement/tag";
    }

    @PostMapping("/tags/{tag}/follow")
    String follow(@PathVariable String tag, @RequestParam(defaultValue = "true") boolean follow, @AuthenticationPrincipal CurrentMember me) {
        String key = Hashtags.key(tag).orElseThrow(() -> new NotFoundException("tag"));
        if (follow) {
            follows.follow(me.id(), "tag", key, "#" + key);
        } else {
            follows.unfollow(me.id(), "tag", key);
        }
        return "redirect:" + path(key);
    }
}
