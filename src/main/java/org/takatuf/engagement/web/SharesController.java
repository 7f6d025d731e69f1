package org.takatuf.engagement.web;

import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.takatuf.engagement.internal.Shares;
import org.takatuf.engagement.internal.Targets;
import org.takatuf.identity.CurrentMember;

/**
 * Counts a visit that came through a share link ({@code ?ref=whatsapp}). The page posts it with htmx
 * once loaded (a GET must change nothing); an unknown channel, or a target that does not
 * exist or that the visitor may not see, counts nothing; its count is a 404 like its comment thread.
 */
@org.springframework.stereotype.Controller
class SharesController {

    private final Shares shares;
    private final Targets targets;

    SharesController(Shares shares, Targets targets) {
        this.shares = shares;
        this.targets = targets;
    }

    /** How many visits came through share links, as a small fragment for the target's page. */
    @GetMapping("/engage/shares")
    String count(@RequestParam String type, @RequestParam UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        targets.requireVisible(type, id, me == null ? null : me.uuid());
        model.addAttribute("visits", shares.total(type, id));
        return "engagement/fragments/shares :: shares";
    }

    @PostMapping("/engage/shares")
    @ResponseBody
    ResponseEntity<Void> visited(@RequestParam String type, @RequestParam UUID id, @RequestParam String ref,
                                 @AuthenticationPrincipal CurrentMember me) {
        if (targets.visibleTo(type, id, me == null ? null : me.uuid())) {
            shares.visited(type, id, ref);
        }
        return ResponseEntity.noContent().build();
    }
}
