package org.takatuf.identity.web;

import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.takatuf.core.NotFoundException;
import org.takatuf.identity.MemberManagement;

/** Members' public profiles: name, city, bio, languages and avatar; never the e-mail address. */
@Controller
class MemberPagesController {

    private final MemberManagement members;

    MemberPagesController(MemberManagement members) {
        this.members = members;
    }

    @GetMapping("/members/{id}")
    String profile(@PathVariable UUID id, Model model) {
        model.addAttribute("member", members.publicProfile(id).orElseThrow(() -> new NotFoundException("member")));
        return "identity/member";
    }

    @GetMapping("/members/{id}/avatar")
    ResponseEntity<InputStreamResource> avatar(@PathVariable UUID id) {
        MemberManagement.Avatar avatar = members.avatar(id).orElseThrow(() -> new NotFoundException("avatar"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(avatar.contentType()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Disposition", "inline")
                .eTag(avatar.name())
                .cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
                .body(new InputStreamResource(avatar.content()));
    }
}
