package org.takatuf.campaigns.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;

/** The public JSON list of open campaigns with their progress. */
@RestController
@Tag(name = "Campaigns", description = "Open campaigns of verified organisations")
class CampaignApiController {

    private final CampaignManagement campaigns;
    private final ObjectProvider<ProgressSource> progress;

    CampaignApiController(CampaignManagement campaigns, ObjectProvider<ProgressSource> progress) {
        this.campaigns = campaigns;
        this.progress = progress;
    }

    /**
     * One campaign: {@code raised} is what the ledger confirmed, {@code pledged} what donors promised
     * (pending and confirmed), both as decimal amounts in {@code currency}.
     */
    record CampaignSummary(UUID id, String title, String kind, String organisationName, String organisationSlug,
                           String currency, BigDecimal goal, BigDecimal raised, BigDecimal pledged, long donorCount,
                           LocalDate deadline, UUID caseId, String url) {
    }

    @GetMapping("/api/v1/campaigns")
    @Operation(summary = "Open campaigns, newest first, with raised amount, currency and donor count", description = "20 per page.")
    List<CampaignSummary> list(@RequestParam(defaultValue = "0") int page) {
        List<Campaign> open = campaigns.open(page, CampaignController.PAGE_SIZE);
        Map<CampaignId, Progress> figures = CampaignController.progressOf(progress, open);
        return open.stream().map(c -> {
            Progress p = figures.getOrDefault(c.id(), Progress.none(c.currency()));
            return new CampaignSummary(c.id().value(), c.title(), c.kind().name(), c.organisationName(), c.organisationSlug(),
                    c.currency().getCurrencyCode(), c.goal() == null ? null : c.goal().amount(), p.raised().amount(),
                    p.pledged().amount(), p.donors(), c.deadline(), c.caseId(), "/campaigns/" + c.id().value());
        }).toList();
    }
}
