package org.takatuf.campaigns.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.activity.CommentTargets;

/** A campaign carries a comment thread; its page is public, open or closed, and so is the thread. */
@Component
class CampaignCommentTargets implements CommentTargets {

    private final CampaignManagement campaigns;

    CampaignCommentTargets(CampaignManagement campaigns) {
        this.campaigns = campaigns;
    }

    @Override
    public Set<String> types() {
        return Set.of("campaign");
    }

    @Override
    public Optional<String> page(String type, UUID id) {
        return campaigns.find(new CampaignId(id)).map(c -> "/campaigns/" + c.id().value());
    }

    @Override
    public boolean visibleTo(String type, UUID id, @Nullable UUID memberId) {
        return campaigns.find(new CampaignId(id)).isPresent();
    }
}
