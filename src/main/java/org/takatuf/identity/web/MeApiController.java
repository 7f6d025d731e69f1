package org.takatuf.identity.web;

import java.util.List;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.MemberManagement;
import org.takatuf.identity.Role;

/** {@code /api/v1/me}: who the bearer token belongs to. */
@RestController
class MeApiController {

    private final MemberManagement members;

    MeApiController(MemberManagement members) {
        this.members = members;
    }

    /** The member behind the token: id, display name and platform roles (never the e-mail address). */
    public record Me(UUID id, String displayName, List<String> roles) {
    }

    @GetMapping("/api/v1/me")
    Me me(@AuthenticationPrincipal CurrentMember me) {
        var member = members.account(me.id());
        return new Me(member.getId(), member.getDisplayName(), member.getRoles().stream().map(Role::name).sorted().toList());
    }
}
