package org.takatuf.cases.web;

import java.util.UUID;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.cases.internal.CaseManagement;
import org.takatuf.cases.internal.CaseReport;
import org.takatuf.core.NotFoundException;
import org.takatuf.identity.CurrentMember;

/** What anyone may see: published summaries, the needs by city and category, consented photos. */
@Controller
class CasePublicController {

    private final CaseManagement cases;

    CasePublicController(CaseManagement cases) {
        this.cases = cases;
    }

    @GetMapping("/cases")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("reports", cases.published(page));
        model.addAttribute("names", cases.organisationNames(cases.published(page).stream().map(CaseReport::getHandlingOrgId).toList()));
        return "cases/list";
    }

    @GetMapping("/cases/needs")
    String needs(Model model) {
        var groups = cases.needs();
        model.addAttribute("groups", groups);
        model.addAttribute("totalCases", groups.stream().mapToLong(CaseManagement.NeedGroup::cases).sum());
        model.addAttribute("totalPeople", groups.stream().mapToLong(CaseManagement.NeedGroup::people).sum());
        model.addAttribute("minGroup", CaseManagement.MIN_GROUP);
        return "cases/needs";
    }

    @GetMapping("/cases/{id}")
    String one(@PathVariable UUID id, Model model) {
        CaseReport report = cases.publishedCase(id).orElseThrow(() -> new NotFoundException("case"));
        model.addAttribute("report", report);
        model.addAttribute("handler", cases.organisationName(report.getHandlingOrgId()).orElse(null));
        model.addAttribute("photos", cases.photosPublic(report) ? cases.photos(id) : java.util.List.of());
        return "cases/public";
    }

    @GetMapping("/cases/{id}/photos/{photoId}")
    ResponseEntity<InputStreamResource> photo(@PathVariable UUID id, @PathVariable UUID photoId,
                                              @AuthenticationPrincipal CurrentMember me) {
        CaseManagement.Photo photo = cases.photo(me == null ? null : me.id(), id, photoId)
                .orElseThrow(() -> new NotFoundException("photo"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(photo.contentType()))
                .cacheControl(CacheControl.noStore())
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(photo.content()));
    }
}
