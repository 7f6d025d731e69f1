package org.takatuf.campaigns.web;

import java.util.List;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.campaigns.Ambassador;
import org.takatuf.campaigns.Ambassadors;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;

import jakarta.servlet.http.HttpServletResponse;

/**
 * Ambassador pages: becoming one, the ambassador's public page (its give button and share links carry the
 * attribution {@code amb-<code>}, or {@code amb-<code>.<channel>} when the page was reached through a share link),
 * editing one's own page, and the campaign's leaderboard.
 */
@Controller
class AmbassadorController {

    private static final String CHANNEL = "^[a-z]{1,20}$";

    private final CampaignManagement campaigns;
    private final Ambassadors ambassadors;
    private final ObjectProvider<ProgressSource> progress;
    private final org.takatuf.core.SiteLinks links;

    AmbassadorController(CampaignManagement campaigns, Ambassadors ambassadors, ObjectProvider<ProgressSource> progress,
                         org.takatuf.core.SiteLinks links) {
        this.campaigns = campaigns;
        this.ambassadors = ambassadors;
        this.progress = progress;
        this.links = links;
    }

    private Campaign campaign(UUID id) {
        return campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
    }

    @GetMapping("/campaigns/{id}/ambassadors/new")
    String form(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Campaign campaign = campaign(id);
        var mine = ambassadors.of(me.id(), campaign.id());
        if (mine.isPresent()) {
            return "redirect:/campaigns/" + id + "/a/" + mine.get().code();
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("goal", "");
        model.addAttribute("message", "");
        model.addAttribute("code", null);
        return "campaigns/ambassador-form";
    }

    @PostMapping("/campaigns/{id}/ambassadors")
    String join(@PathVariable UUID id, @RequestParam(defaultValue = "") String goal, @RequestParam(defaultValue = "") String message,
                @AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        Campaign campaign = campaign(id);
        try {
            Ambassador a = ambassadors.join(me.id(), campaign.id(), goal, message);
            return "redirect:/campaigns/" + id + "/a/" + a.code();
        } catch (org.takatuf.core.ConflictException e) {
            throw e;
        } catch (UserInputException e) {
            return again(campaign, null, goal, message, e, model, response);
        }
    }

    private String again(Campaign campaign, String code, String goal, String message, UserInputException e, Model model,
                         HttpServletResponse response) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("campaign", campaign);
        model.addAttribute("goal", goal);
        model.addAttribute("message", message);
        model.addAttribute("code", code);
        model.addAttribute("error", e.messageKey());
        model.addAttribute("errorArgs", e.arguments());
        return "campaigns/ambassador-form";
    }

    @GetMapping("/campaigns/{id}/a/{code}/edit")
    String editForm(@PathVariable UUID id, @PathVariable String code, @AuthenticationPrincipal CurrentMember me, Model model) {
        Campaign campaign = campaign(id);
        Ambassador a = ambassadors.byCode(campaign.id(), code).orElseThrow(() -> new NotFoundException("ambassador"));
        if (!a.memberId().equals(me.id())) {
            throw new org.springframework.security.access.AccessDeniedException("not this ambassador");
        }
        model.addAttribute("campaign", campaign);
        model.addAttribute("goal", a.goal() == null ? "" : a.goal().amount().toPlainString());
        model.addAttribute("message", a.message());
        model.addAttribute("code", a.code());
        return "campaigns/ambassador-form";
    }

    @PostMapping("/campaigns/{id}/a/{code}")
    String edit(@PathVariable UUID id, @PathVariable String code, @RequestParam(defaultValue = "") String goal,
                @RequestParam(defaultValue = "") String message, @AuthenticationPrincipal CurrentMember me, Model model,
                HttpServletResponse response) {
        Campaign campaign = campaign(id);
        try {
            ambassadors.edit(me.id(), campaign.id(), code, goal, message);
            return "redirect:/campaigns/" + id + "/a/" + code.toLowerCase(java.util.Locale.ROOT);
        } catch (UserInputException e) {
            return again(campaign, code, goal, message, e, model, response);
        }
    }

    @GetMapping("/campaigns/{id}/a/{code}")
    String page(@PathVariable UUID id, @PathVariable String code, @RequestParam(required = false) String ref,
                @AuthenticationPrincipal CurrentMember me, Model model) {
        Campaign campaign = campaign(id);
        Ambassador a = ambassadors.byCode(campaign.id(), code).orElseThrow(() -> new NotFoundException("ambassador"));
        String channel = ref != null && ref.matches(CHANNEL) ? ref : null;
        String referral = a.referral() + (channel == null ? "" : "." + channel);
        String url = links.base() + "/campaigns/" + id + "/a/" + a.code();
        model.addAttribute("campaign", campaign);
        model.addAttribute("a", a);
        model.addAttribute("s", ambassadors.standing(a, campaign));
        model.addAttribute("referral", referral);
        model.addAttribute("mine", me != null && me.id().equals(a.memberId()));
        Progress p = CampaignController.progressOf(progress, List.of(campaign)).getOrDefault(campaign.id(),
                Progress.none(campaign.currency()));
        model.addAttribute("p", p);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(a.memberName() + " — " + campaign.title(),
                a.message().isBlank() ? campaign.story() : a.message(), url, links.link("/campaigns/" + id + "/card.png")));
        model.addAttribute("shares", shares(url, campaign));
        return "campaigns/ambassador";
    }

    /** The ambassador page's share links: each carries its channel; the page turns it into amb-<code>.<channel>. */
    static List<CampaignController.Share> shares(String page, Campaign campaign) {
        java.util.function.Function<String, String> enc = s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        String base = page + "?ref=";
        return List.of(
                new CampaignController.Share("whatsapp", "https://wa.me/?text=" + enc.apply(campaign.title() + " " + base + "whatsapp")),
                new CampaignController.Share("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + enc.apply(base + "facebook")),
                new CampaignController.Share("x", "https://x.com/intent/post?text=" + enc.apply(campaign.title()) + "&url="
                        + enc.apply(base + "x")),
                new CampaignController.Share("telegram", "https://t.me/share/url?url=" + enc.apply(base + "telegram") + "&text="
                        + enc.apply(campaign.title())));
    }

    @GetMapping("/campaigns/{id}/ambassadors")
    String leaderboard(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Campaign campaign = campaign(id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("board", ambassadors.leaderboard(campaign, 500));
        model.addAttribute("mine", me == null ? null : ambassadors.of(me.id(), campaign.id()).orElse(null));
        return "campaigns/ambassadors";
    }
}
