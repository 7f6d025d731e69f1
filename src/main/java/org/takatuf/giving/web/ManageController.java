package org.takatuf.giving.web;

import java.io.IOException;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.UserInputException;
import org.takatuf.giving.internal.Confirmations;
import org.takatuf.giving.internal.Disbursements;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.identity.CurrentMember;
import org.takatuf.core.text.Csv;

/**
 * The organisation's side: the campaign's pledges, confirming in bulk, importing a bank statement,
 * recording a disbursement with its receipt and approving another member's. Every form carries a
 * hidden Idempotency-Key. Members of the campaign's organisation only (checked by the services).
 */
@Controller
class ManageController {

    static final int SHOWN = 200;

    private final Confirmations confirmations;
    private final Disbursements disbursements;
    private final Pledges pledges;

    private final org.takatuf.campaigns.Ambassadors ambassadors;

    ManageController(Confirmations confirmations, Disbursements disbursements, Pledges pledges,
                     org.takatuf.campaigns.Ambassadors ambassadors) {
        this.ambassadors = ambassadors;
        this.confirmations = confirmations;
        this.disbursements = disbursements;
        this.pledges = pledges;
    }

    @GetMapping("/campaigns/{id}/manage")
    String page(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Campaign campaign = confirmations.campaignFor(me.id(), id);
        model.addAttribute("campaign", campaign);
        model.addAttribute("pledges", pledges.ofCampaign(id, SHOWN));
        model.addAttribute("referrals", referralRows(pledges.referrals(id), ambassadors.names(campaign.id())));
        model.addAttribute("disbursements", disbursements.ofCampaign(me.id(), id));
        model.addAttribute("me", me.uuid());
        model.addAttribute("key", UUID.randomUUID().toString());
        return "giving/manage";
    }

    /** A referral with its channel ({@link org.takatuf.campaigns.Ambassador#channelOf}) and ambassador's name. */
    record ReferralRow(String referral, String channel, String ambassador, long pledges, long amountMinor) {
    }

    static List<ReferralRow> referralRows(List<Pledges.Referral> referrals, java.util.Map<String, String> names) {
        return referrals.stream().map(r -> {
            String code = org.takatuf.campaigns.Ambassador.codeOf(r.referral());
            return new ReferralRow(r.referral(), org.takatuf.campaigns.Ambassador.channelOf(r.referral()),
                    code == null ? "" : names.getOrDefault(code, ""), r.pledges(), r.amountMinor());
        }).toList();
    }

    /** What each channel and ambassador brought, as CSV (UTF-8 with a byte order mark, for spreadsheets). */
    @GetMapping(value = "/campaigns/{id}/manage/referrals.csv")
    void referralsCsv(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, HttpServletResponse response)
            throws IOException {
        Campaign campaign = confirmations.campaignFor(me.id(), id);
        StringBuilder csv = new StringBuilder("\uFEFFreferral,channel,ambassador,pledges,amount,currency\r\n");
        for (ReferralRow r : referralRows(pledges.referrals(id), ambassadors.names(campaign.id()))) {
            csv.append(Csv.cell(r.referral())).append(',').append(Csv.cell(r.channel())).append(',')
                    .append(Csv.cell(r.ambassador())).append(',').append(r.pledges()).append(',')
                    .append(org.takatuf.core.Money.ofMinor(r.amountMinor(), campaign.currency().getCurrencyCode()).amount().toPlainString())
                    .append(',').append(campaign.currency().getCurrencyCode()).append("\r\n");
        }
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"referrals.csv\"");
        response.getOutputStream().write(csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    @PostMapping("/campaigns/{id}/manage/confirm")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) List<UUID> pledge, @RequestParam(required = false) String key,
                   @AuthenticationPrincipal CurrentMember me, RedirectAttributes flash) {
        String body = confirmations.confirm(me.id(), id, pledge, key).body();
        flash.addFlashAttribute("confirmed", Integer.parseInt(body.replaceAll("\\D", "")));
        return "redirect:/campaigns/" + id + "/manage";
    }

    @PostMapping("/campaigns/{id}/manage/import")
    String importStatement(@PathVariable UUID id, @RequestParam(required = false) MultipartFile statement,
                           @RequestParam(required = false) String key, @AuthenticationPrincipal CurrentMember me, Model model)
            throws IOException {
        Confirmations.ImportResult result = confirmations.importStatement(me.id(), id,
                statement == null ? null : statement.getBytes(), key);
        model.addAttribute("campaign", confirmations.campaignFor(me.id(), id));
        model.addAttribute("result", result);
        return "giving/import-result";
    }

    @PostMapping("/campaigns/{id}/disbursements")
    String disburse(@PathVariable UUID id, @RequestParam(defaultValue = "") String amount,
                    @RequestParam(defaultValue = "") String description, @RequestParam(required = false) MultipartFile receipt,
                    @RequestParam(required = false) String key, @AuthenticationPrincipal CurrentMember me, Model model,
                    HttpServletResponse response) throws IOException {
        try {
            disbursements.request(me.id(), id, amount, description, receipt == null ? null : receipt.getBytes(), key);
            return "redirect:/campaigns/" + id + "/manage?disbursed";
        } catch (UserInputException e) {
            if (e instanceof org.takatuf.giving.internal.IdempotencyKeyReusedException) {
                throw e;
            }
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            page(id, me, model);
            model.addAttribute("disbursementError", e.messageKey());
            model.addAttribute("errorArgs", e.arguments());
            model.addAttribute("typedAmount", amount);
            model.addAttribute("typedDescription", description);
            return "giving/manage";
        }
    }

    @PostMapping("/campaigns/{id}/disbursements/{disbursementId}/approve")
    String approve(@PathVariable UUID id, @PathVariable UUID disbursementId, @AuthenticationPrincipal CurrentMember me) {
        disbursements.approve(me.id(), id, disbursementId);
        return "redirect:/campaigns/" + id + "/manage?approved";
    }

    @PostMapping("/pledges/{id}/refund")
    String refund(@PathVariable UUID id, @RequestParam(required = false) String key, @AuthenticationPrincipal CurrentMember me) {
        return "redirect:" + confirmations.refund(me.id(), id, key).body();
    }
}
