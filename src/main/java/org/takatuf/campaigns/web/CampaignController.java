package org.takatuf.campaigns.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignForm;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignKind;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;

import jakarta.servlet.http.HttpServletResponse;

/** The campaigns list, a campaign's page, and starting a campaign for a verified organisation. */
@Controller
class CampaignController {

    static final int PAGE_SIZE = 20;

    private final CampaignManagement campaigns;
    private final ObjectProvider<ProgressSource> progress;
    private final CampaignLive live;
    private final org.takatuf.core.SiteLinks links;
    private final org.takatuf.campaigns.CampaignUpdates updates;
    private final org.takatuf.campaigns.Ambassadors ambassadors;

    CampaignController(CampaignManagement campaigns, ObjectProvider<ProgressSource> progress, CampaignLive live,
                       org.takatuf.core.SiteLinks links, org.takatuf.campaigns.CampaignUpdates updates,
                       org.takatuf.campaigns.Ambassadors ambassadors) {
        this.ambassadors = ambassadors;
        this.links = links;
        this.updates = updates;
        this.campaigns = campaigns;
        this.progress = progress;
        this.live = live;
    }

    /** Live progress of a campaign as Server-Sent Events (event "progress", JSON texts in the page's language). */
    @GetMapping(value = "/campaigns/{id}/live", produces = org.springframework.http.MediaType.TEXT_EVENT_STREAM_VALUE)
    org.springframework.web.servlet.mvc.method.annotation.SseEmitter live(@PathVariable UUID id, java.util.Locale locale) {
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
        return live.watch(campaign, locale);
    }

    static Map<CampaignId, Progress> progressOf(ObjectProvider<ProgressSource> source, List<Campaign> campaigns) {
        ProgressSource p = source.getIfAvailable();
        return p == null ? Map.of() : p.progress(campaigns);
    }

    @GetMapping("/campaigns")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        List<Campaign> open = campaigns.open(page, PAGE_SIZE);
        model.addAttribute("campaigns", open);
        model.addAttribute("progress", progressOf(progress, open));
        model.addAttribute("page", Math.max(page, 0));
        model.addAttribute("hasNext", open.size() == PAGE_SIZE);
        return "campaigns/list";
    }

    /** Share links per channel; each carries its own referral so that the campaign sees what each channel brought. */
    record Share(String channel, String url) {
    }

    static List<Share> shares(String base, Campaign campaign) {
        String page = base + "/campaigns/" + campaign.id().value() + "?ref=";
        java.util.function.Function<String, String> enc = s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        return List.of(
                new Share("whatsapp", "https://wa.me/?text=" + enc.apply(campaign.title() + " " + page + "whatsapp")),
                new Share("facebook", "https://www.facebook.com/sharer/sharer.php?u=" + enc.apply(page + "facebook")),
                new Share("x", "https://x.com/intent/post?text=" + enc.apply(campaign.title()) + "&url=" + enc.apply(page + "x")),
                new Share("telegram", "https://t.me/share/url?url=" + enc.apply(page + "telegram") + "&text=" + enc.apply(campaign.title())));
    }

    /** WhatsApp's text and X's link carry the short link (same referral, fewer characters); the others keep the page's address. */
    static List<Share> shortShares(List<Share> shares, String shortLink, Campaign campaign) {
        if (shortLink == null) {
            return shares;
        }
        java.util.function.Function<String, String> enc = s -> java.net.URLEncoder.encode(s, java.nio.charset.StandardCharsets.UTF_8);
        return shares.stream().map(s -> switch (s.channel()) {
            case "whatsapp" -> new Share(s.channel(), "https://wa.me/?text=" + enc.apply(campaign.title() + " " + shortLink + "?ref=whatsapp"));
            case "x" -> new Share(s.channel(), "https://x.com/intent/post?text=" + enc.apply(campaign.title()) + "&url="
                    + enc.apply(shortLink + "?ref=x"));
            default -> s;
        }).toList();
    }

    @GetMapping("/campaigns/{id}")
    String campaign(@PathVariable UUID id, @RequestParam(required = false) String ref, @AuthenticationPrincipal CurrentMember me,
                    Model model) {
        model.addAttribute("ref", ref != null && ref.matches("^[A-Za-z0-9_.-]{1,80}$") ? ref : null);
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
        model.addAttribute("campaign", campaign);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(campaign.title(), campaign.story(), links.base() + "/campaigns/" + id,
                links.link("/campaigns/" + id + "/card.png")));
        model.addAttribute("shortLink", campaigns.shortCode(campaign.id()).map(code -> links.link("/c/" + code)).orElse(null));
        model.addAttribute("updates", updates.of(campaign.id()));
        model.addAttribute("storyPhotos", updates.storyPhotos(campaign.id()));
        Progress p = progressOf(progress, List.of(campaign)).getOrDefault(campaign.id(), Progress.none(campaign.currency()));
        model.addAttribute("p", p);
        model.addAttribute("manager", me != null && campaigns.canManage(me.id(), campaign));
        model.addAttribute("ambassadors", ambassadors.leaderboard(campaign, 5));
        model.addAttribute("myAmbassador", me == null ? null : ambassadors.of(me.id(), campaign.id()).orElse(null));
        model.addAttribute("shares", shortShares(shares(links.base(), campaign), (String) model.getAttribute("shortLink"), campaign));
        return "campaigns/campaign";
    }

    @GetMapping("/campaigns/new")
    String form(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("form", CampaignForm.empty());
        return form(me, model, HttpStatus.OK, null);
    }

    private String form(CurrentMember me, Model model, HttpStatus status, String error) {
        model.addAttribute("organisations", campaigns.organisationsFor(me.id()));
        model.addAttribute("kinds", CampaignKind.values());
        model.addAttribute("error", error);
        return "campaigns/form";
    }

    @PostMapping("/campaigns")
    String create(@RequestParam(required = false) String organisation, @RequestParam(required = false) CampaignKind kind,
                  @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String story,
                  @RequestParam(defaultValue = "") String goal, @RequestParam(defaultValue = "SAR") String currency,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(required = false) UUID caseId, @RequestParam(defaultValue = "") String items,
                  @RequestParam(defaultValue = "") String bankName, @RequestParam(defaultValue = "") String bankIban,
                  @RequestParam(defaultValue = "") String bankHolder, @AuthenticationPrincipal CurrentMember me,
                  @RequestParam(required = false) List<org.springframework.web.multipart.MultipartFile> photos,
                  @RequestParam(required = false) List<String> alts, Model model, HttpServletResponse response) {
        CampaignForm form = new CampaignForm(organisation, kind, title, story, goal, currency, deadline, caseId, items,
                bankName, bankIban, bankHolder);
        try {
            // the story's photos are checked before the campaign is created, so a bad photo creates nothing
            List<org.takatuf.campaigns.CampaignUpdates.PhotoUpload> storyPhotos = CampaignContentController.uploads(photos, alts);
            updates.check(storyPhotos, org.takatuf.campaigns.CampaignUpdates.MAX_STORY_PHOTOS);
            CampaignId id = campaigns.create(me.id(), form);
            if (!storyPhotos.isEmpty()) {
                updates.addStoryPhotos(me.id(), id, storyPhotos);
            }
            return "redirect:/campaigns/" + id.value();
        } catch (UserInputException e) {
            // the form comes back with what was typed and the reason
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", form);
            model.addAttribute("errorArgs", e.arguments());
            return form(me, model, HttpStatus.BAD_REQUEST, e.messageKey());
        }
    }

    @GetMapping("/campaigns/{id}/edit")
    String edit(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
        campaigns.requireManager(me.id(), campaign);
        model.addAttribute("form", campaigns.formOf(campaign));
        return editForm(campaign, model, null);
    }

    private String editForm(Campaign campaign, Model model, String error) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("organisations", List.of());
        model.addAttribute("kinds", List.of(campaign.kind()));
        model.addAttribute("error", error);
        return "campaigns/form";
    }

    @PostMapping("/campaigns/{id}/edit")
    String update(@PathVariable UUID id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String story,
                  @RequestParam(defaultValue = "") String goal,
                  @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate deadline,
                  @RequestParam(defaultValue = "") String items, @RequestParam(defaultValue = "") String bankName,
                  @RequestParam(defaultValue = "") String bankIban, @RequestParam(defaultValue = "") String bankHolder,
                  @AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
        campaigns.requireManager(me.id(), campaign);
        CampaignForm form = new CampaignForm(campaign.organisationSlug(), campaign.kind(), title, story, goal,
                campaign.currency().getCurrencyCode(), deadline, campaign.caseId(), items, bankName, bankIban, bankHolder);
        try {
            campaigns.update(me.id(), campaign.id(), form);
            return "redirect:/campaigns/" + id + "?saved";
        } catch (UserInputException e) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("form", form);
            model.addAttribute("errorArgs", e.arguments());
            return editForm(campaign, model, e.messageKey());
        }
    }
}
