package org.takatuf.campaigns.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.campaigns.CampaignUpdates;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.CurrentMember;

import jakarta.servlet.http.HttpServletRequest;

/** A campaign's content: short link, preview card, organiser updates and photos. */
@Controller
class CampaignContentController {

    private final CampaignManagement campaigns;
    private final CampaignUpdates updates;
    private final CampaignCard card;
    private final ObjectProvider<ProgressSource> progress;

    CampaignContentController(CampaignManagement campaigns, CampaignUpdates updates, CampaignCard card,
                              ObjectProvider<ProgressSource> progress) {
        this.campaigns = campaigns;
        this.updates = updates;
        this.card = card;
        this.progress = progress;
    }

    /** The short link: to the campaign's page, keeping the query (ref and other referral parameters). */
    @GetMapping("/c/{code}")
    ResponseEntity<Void> shortLink(@PathVariable String code, HttpServletRequest request) {
        CampaignId id = campaigns.byShortCode(code).orElseThrow(() -> new NotFoundException("campaign"));
        org.springframework.web.util.UriComponentsBuilder target = org.springframework.web.util.UriComponentsBuilder
                .fromPath("/campaigns/" + id.value());
        request.getParameterMap().forEach((name, values) -> {
            for (String value : values) {
                target.queryParam(name, value);
            }
        });
        return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).header(HttpHeaders.LOCATION, target.encode().build().toUriString()).build();
    }

    /** The Open Graph preview image, drawn on the server and kept a minute. */
    @GetMapping("/campaigns/{id}/card.png")
    ResponseEntity<byte[]> card(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
                                Locale locale) {
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
        Progress p = CampaignController.progressOf(progress, List.of(campaign)).getOrDefault(campaign.id(), Progress.none(campaign.currency()));
        CampaignCard.Png png = card.card(campaign, p, locale);
        CacheControl cache = CacheControl.maxAge(java.time.Duration.ofMinutes(1)).cachePublic();
        if (png.etag().equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(png.etag()).cacheControl(cache).build();
        }
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).eTag(png.etag()).cacheControl(cache).body(png.bytes());
    }

    /** A photo of the story or of an update. */
    @GetMapping("/campaigns/{id}/photos/{photoId}")
    ResponseEntity<byte[]> photo(@PathVariable UUID id, @PathVariable UUID photoId) throws IOException {
        CampaignUpdates.PhotoFile file = updates.photo(new CampaignId(id), photoId).orElseThrow(() -> new NotFoundException("photo"));
        try (InputStream in = file.content()) {
            return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.contentType()))
                    .cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)).cachePublic()).body(in.readAllBytes());
        }
    }

    /** The organiser posts an update (text and up to four photos). */
    @PostMapping("/campaigns/{id}/updates")
    String post(@PathVariable UUID id, @RequestParam(defaultValue = "") String title, @RequestParam(defaultValue = "") String text,
                @RequestParam(required = false) List<MultipartFile> photos, @RequestParam(required = false) List<String> alts,
                @AuthenticationPrincipal CurrentMember me) {
        UUID update = updates.post(me.id(), new CampaignId(id), title, text, uploads(photos, alts));
        return "redirect:/campaigns/" + id + "#update-" + update;
    }

    /** The organiser adds photos to the story (up to six in all). */
    @PostMapping("/campaigns/{id}/photos")
    String storyPhotos(@PathVariable UUID id, @RequestParam(required = false) List<MultipartFile> photos,
                       @RequestParam(required = false) List<String> alts, @AuthenticationPrincipal CurrentMember me) {
        updates.addStoryPhotos(me.id(), new CampaignId(id), uploads(photos, alts));
        return "redirect:/campaigns/" + id + "#story";
    }

    static List<CampaignUpdates.PhotoUpload> uploads(List<MultipartFile> photos, List<String> alts) {
        List<CampaignUpdates.PhotoUpload> all = new ArrayList<>();
        if (photos == null) {
            return all;
        }
        for (int i = 0; i < photos.size(); i++) {
            MultipartFile f = photos.get(i);
            if (f == null || f.isEmpty()) {
                continue;
            }
            try {
                all.add(new CampaignUpdates.PhotoUpload(f.getBytes(), alts != null && i < alts.size() ? alts.get(i) : ""));
            } catch (IOException e) {
                throw new UserInputException("upload.unreadable");
            }
        }
        return all;
    }
}
