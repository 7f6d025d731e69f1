package org.takatuf.engagement.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.UUID;

import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.engagement.internal.Frames;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.OrganisationId;
import org.takatuf.identity.OrganisationManagement;

/** Solidarity frames: the list, a frame's page with the photo form, the framed PNG; organisations design frames. */
@Controller
class FrameController {

    private final Frames frames;
    private final OrganisationManagement organisations;
    private final org.takatuf.core.SiteLinks links;

    FrameController(Frames frames, OrganisationManagement organisations, org.takatuf.core.SiteLinks links) {
        this.frames = frames;
        this.organisations = organisations;
        this.links = links;
    }

    @GetMapping("/frames")
    String list(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("frames", frames.all());
        model.addAttribute("myOrganisations", me == null ? java.util.List.of()
                : organisations.membershipsOf(me.id()).stream().filter(m -> m.role().name().equals("ADMIN")).toList());
        return "engagement/frames";
    }

    @GetMapping("/frames/{id}")
    String show(@PathVariable UUID id, Model model) {
        Frames.Frame frame = frames.find(id).orElseThrow(() -> new NotFoundException("frame"));
        model.addAttribute("frame", frame);
        model.addAttribute("og", new org.takatuf.core.OpenGraph(frame.name(), "#" + frame.tag(), links.base() + "/frames/" + id,
                links.base() + "/frames/" + id + "/overlay.png"));
        return "engagement/frame";
    }

    @GetMapping("/frames/{id}/overlay.png")
    ResponseEntity<byte[]> overlay(@PathVariable UUID id) throws IOException {
        Frames.Frame frame = frames.find(id).orElseThrow(() -> new NotFoundException("frame"));
        try (InputStream in = frames.overlay(frame).orElseThrow(() -> new NotFoundException("frame"))) {
            return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(30)))
                    .body(in.readAllBytes());
        }
    }

    @PostMapping("/frames")
    String create(@RequestParam UUID organisation, @RequestParam(defaultValue = "") String tag, @RequestParam(defaultValue = "") String name,
                  @RequestParam(required = false) MultipartFile overlay, @AuthenticationPrincipal CurrentMember me) throws IOException {
        if (overlay == null || overlay.isEmpty()) {
            throw new UserInputException("engagement.frame.no-file");
        }
        UUID id = frames.create(me.id(), new OrganisationId(organisation), tag, name, overlay.getBytes());
        return "redirect:/frames/" + id;
    }

    /** The framed picture as a download; the photo is not kept. */
    @PostMapping("/frames/{id}/apply")
    ResponseEntity<byte[]> apply(@PathVariable UUID id, @RequestParam(required = false) MultipartFile photo,
                                 @RequestParam(defaultValue = "0") int offsetX, @RequestParam(defaultValue = "0") int offsetY,
                                 @RequestParam(defaultValue = "100") int zoom, @AuthenticationPrincipal CurrentMember me) throws IOException {
        if (photo == null || photo.isEmpty()) {
            throw new UserInputException("engagement.frame.no-file");
        }
        byte[] png = frames.apply(id, photo.getBytes(), new Frames.Placement(offsetX, offsetY, zoom));
        return ResponseEntity.ok().contentType(MediaType.IMAGE_PNG).cacheControl(CacheControl.noStore())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename("takatuf-frame.png").build().toString())
                .body(png);
    }
}
