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
    private final org.takatuf.campaigns.CampaignUpdates updates;

    CampaignCommentTargets(CampaignManagement campaigns, org.takatuf.campaigns.CampaignUpdates updates) {
        this.campaigns = campaigns;
        this.updates = updates;
    }

    @Override
    public Set<String> types() {
        return Set.of("campaign", "campaign-update");
    }

    @Override
    public Optional<String> page(String type, UUID id) {
        if ("campaign-update".equals(type)) {
            return updates.campaignOfUpdate(id).map(c -> "/campaigns/" + c + "#update-" + id);
        }
        return campaigns.find(new CampaignId(id)).map(c -> "/campaigns/" + c.id().value());
    }

    @Override
    public boolean visibleTo(String type, UUID id, @Nullable UUID memberId) {
        if ("campaign-update".equals(type)) {
            return updates.campaignOfUpdate(id).isPresent();
        }
        return campaigns.find(new CampaignId(id)).isPresent();
    }
}
