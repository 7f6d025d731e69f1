package org.takatuf.identity.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.moderation.ModerationTargets;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.MemberManagement;
import org.takatuf.identity.Members;

/**
 * A member's public page can be reported; a moderator hides the profile (404 to everyone), not the account: the
 * member can still sign in, read the notice and appeal. Suspending the account stays an administrator's action
 * ({@code /admin/members}), recorded in the audit log through {@code MemberDisabled}.
 */
@Component
class MemberModerationTargets implements ModerationTargets {

    private final Members members;
    private final MemberManagement management;

    MemberModerationTargets(Members members, MemberManagement management) {
        this.members = members;
        this.management = management;
    }

    @Override
    public Set<String> types() {
        return Set.of("member");
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Described> describe(String type, UUID id) {
        return members.findById(id).filter(Member::isEnabled).filter(m -> m.getCreatedAt() != null)
                .map(m -> new Described(m.getDisplayName(), "/members/" + m.getId(), m.getId(), m.getCreatedAt(), m.isProfileHidden()));
    }

    @Override
    public void hide(String type, UUID id, String reason) {
        management.hideProfile(new MemberId(id), true);
    }

    @Override
    public void restore(String type, UUID id) {
        management.hideProfile(new MemberId(id), false);
    }
}
