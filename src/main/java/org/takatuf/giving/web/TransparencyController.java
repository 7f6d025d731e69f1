package org.takatuf.giving.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.InputStreamResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.NotFoundException;
import org.takatuf.giving.internal.Disbursements;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationManagement;
import org.takatuf.ledger.Ledger;
import org.takatuf.ledger.Statement;

/**
 * The public transparency pages: per campaign and per organisation, money in, refunds, fees, money
 * out with what was bought and its receipt, and the balance, all computed from the ledger's entries;
 * a donor is named only when the gift was not anonymous, and no beneficiary is ever named.
 */
@Controller
class TransparencyController {

    private static final Pattern PLEDGE_REFERENCE = Pattern.compile("^pledge/([0-9a-f-]{36})/");
    static final int LINES_SHOWN = 500;

    private final CampaignManagement campaigns;
    private final OrganisationManagement organisations;
    private final Ledger ledger;
    private final Pledges pledges;
    private final Disbursements disbursements;

    TransparencyController(CampaignManagement campaigns, OrganisationManagement organisations, Ledger ledger, Pledges pledges,
                           Disbursements disbursements) {
        this.campaigns = campaigns;
        this.organisations = organisations;
        this.ledger = ledger;
        this.pledges = pledges;
        this.disbursements = disbursements;
    }

    @GetMapping("/campaigns/{id}/ledger")
    String campaign(@PathVariable UUID id, Model model) {
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
        Statement statement = ledger.campaignStatement(id, campaign.currency(), LINES_SHOWN);
        model.addAttribute("campaign", campaign);
        model.addAttribute("statements", List.of(statement));
        model.addAttribute("donors", donors(List.of(statement)));
        return "ledger/statement";
    }

    @GetMapping("/ledger/organisations/{slug}")
    String organisation(@PathVariable String slug, Model model) {
        Organisation organisation = organisations.bySlug(slug).orElseThrow(() -> new NotFoundException("organisation"));
        List<Statement> statements = ledger.organisationStatements(organisation.getId(), LINES_SHOWN);
        model.addAttribute("organisation", organisation);
        model.addAttribute("statements", statements);
        model.addAttribute("donors", donors(statements));
        model.addAttribute("campaignTitles", campaigns.ofOrganisation(organisation.organisationId()).stream()
                .collect(java.util.stream.Collectors.toMap(c -> c.id().value(), Campaign::title)));
        return "ledger/statement";
    }

    /** Donor names by ledger reference: empty for an anonymous gift. */
    private Map<String, String> donors(List<Statement> statements) {
        Map<String, UUID> byReference = new HashMap<>();
        statements.forEach(s -> s.lines().forEach(l -> {
            Matcher m = PLEDGE_REFERENCE.matcher(l.reference());
            if (m.find()) {
                byReference.put(l.reference(), UUID.fromString(m.group(1)));
            }
        }));
        Map<UUID, String> names = pledges.publicNames(byReference.values());
        Map<String, String> result = new HashMap<>();
        byReference.forEach((reference, pledge) -> result.put(reference, names.getOrDefault(pledge, "")));
        return result;
    }

    @GetMapping("/campaigns/{id}/ledger/receipts/{groupId}")
    ResponseEntity<InputStreamResource> receipt(@PathVariable UUID id, @PathVariable UUID groupId) {
        Disbursements.Receipt receipt = disbursements.publicReceipt(id, groupId).orElseThrow(() -> new NotFoundException("receipt"));
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(receipt.contentType()))
                .header("Content-Disposition", "inline")
                .header("X-Content-Type-Options", "nosniff")
                .body(new InputStreamResource(receipt.content()));
    }
}
