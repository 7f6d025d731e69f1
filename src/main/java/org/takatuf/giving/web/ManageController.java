package org.takatuf.giving.web;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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
import org.springframework.web.util.UriComponentsBuilder;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.UserInputException;
import org.takatuf.giving.internal.Confirmations;
import org.takatuf.giving.internal.Disbursements;
import org.takatuf.giving.internal.Pledge;
import org.takatuf.giving.internal.PledgeFilter;
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

    /** Pledges on one page of the management page (keyset paging, newest first). */
    static final int PAGE = 100;
    /** Pledges per query of the CSV export, which streams them page by page. */
    static final int CSV_BATCH = 1_000;

    private final Confirmations confirmations;
    private final Disbursements disbursements;
    private final Pledges pledges;
    private final MessageSource messages;

    private final org.takatuf.campaigns.Ambassadors ambassadors;

    ManageController(Confirmations confirmations, Disbursements disbursements, Pledges pledges,
                     org.takatuf.campaigns.Ambassadors ambassadors, MessageSource messages) {
        this.messages = messages;
        this.ambassadors = ambassadors;
        this.confirmations = confirmations;
        this.disbursements = disbursements;
        this.pledges = pledges;
    }

    /**
     * The management page. Its pledges: a page of {@link #PAGE}, newest first, of the chosen {@code status}
     * ({@link PledgeFilter}), older than the {@code before} cursor of an "older pledges" link; or, when {@code reference}
     * is given, the pledge with that bank-transfer reference, read as the statement import reads one.
     */
    @GetMapping("/campaigns/{id}/manage")
    String page(@PathVariable UUID id, @RequestParam(required = false) String status,
                @RequestParam(required = false) String before, @RequestParam(required = false) String reference,
                @AuthenticationPrincipal CurrentMember me, Model model, HttpServletResponse response) {
        Campaign campaign = confirmations.campaignFor(me.id(), id);
        PledgeFilter filter = PledgeFilter.parse(status);
        Pledges.Cursor cursor = cursor(before);
        model.addAttribute("campaign", campaign);
        model.addAttribute("filter", filter);
        model.addAttribute("filters", PledgeFilter.values());
        model.addAttribute("before", cursor == null ? null : cursor.token());
        if (reference != null && !reference.isBlank()) {
            String typed = reference.strip();
            model.addAttribute("searched", typed.codePointCount(0, typed.length()) > 100
                    ? typed.substring(0, typed.offsetByCodePoints(0, 100)) + "…" : typed);
            java.util.Optional<String> normalised = Confirmations.referenceIn(reference);
            if (normalised.isEmpty()) {
                response.setStatus(HttpStatus.BAD_REQUEST.value());
                model.addAttribute("searchError", "giving.manage.search.not-a-reference");
                model.addAttribute("pledges", List.of());
            } else {
                model.addAttribute("reference", normalised.get());
                model.addAttribute("pledges", pledges.withReference(id, normalised.get()).stream().toList());
            }
        } else {
            Pledges.Page page = pledges.page(id, filter, cursor, PAGE);
            model.addAttribute("pledges", page.pledges());
            model.addAttribute("older", page.older().map(Pledges.Cursor::token).orElse(null));
        }
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

    /**
     * A campaign's pledges as CSV (UTF-8 with a byte order mark, for spreadsheets), all of them or one status's,
     * newest first: written while read, {@link #CSV_BATCH} at a time by the same keyset paging as the page, so a viral
     * campaign's hundreds of thousands of pledges never sit in memory nor in one long query. Columns and values in the
     * reader's language; donors by name, anonymous ones too (the organisation knows them), and nothing else about anyone.
     */
    @GetMapping("/campaigns/{id}/manage/pledges.csv")
    void pledgesCsv(@PathVariable UUID id, @RequestParam(required = false) String status,
                    @AuthenticationPrincipal CurrentMember me, Locale locale, HttpServletResponse response) throws IOException {
        Campaign campaign = confirmations.campaignFor(me.id(), id);
        PledgeFilter filter = PledgeFilter.parse(status);
        response.setContentType("text/csv;charset=UTF-8");
        response.setHeader("Content-Disposition", "attachment; filename=\"pledges-" + filter.param() + ".csv\"");
        response.setHeader("Cache-Control", "no-store");
        Writer out = new BufferedWriter(new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8));
        out.write('\uFEFF');
        Csv.line(out, text("giving.bank.reference", locale), text("giving.manage.csv.created", locale),
                text("giving.manage.donor", locale), text("giving.pledge.anonymous", locale), text("giving.give.method", locale),
                text("giving.pledge.amount", locale), text("giving.manage.csv.currency", locale),
                text("giving.manage.csv.item", locale), text("giving.manage.csv.quantity", locale),
                text("giving.manage.status", locale), text("giving.manage.csv.confirmed", locale),
                text("giving.manage.csv.referral", locale), text("giving.manage.csv.message", locale));
        String yes = text("giving.manage.csv.yes", locale);
        Pledges.Cursor cursor = null;
        do {
            Pledges.Page page = pledges.page(id, filter, cursor, CSV_BATCH);
            for (Pledge p : page.pledges()) {
                Csv.line(out, p.reference(), p.createdAt().toString(), p.donorName(), p.anonymous() ? yes : "",
                        text(p.method().messageKey(), locale), p.amount() == null ? "" : p.amount().amount().toPlainString(),
                        campaign.currency().getCurrencyCode(),
                        p.itemId() == null ? "" : campaign.item(p.itemId()).map(Campaign.Item::name).orElse(""),
                        p.quantity() == null ? "" : p.quantity().toString(), text(p.status().messageKey(), locale),
                        p.confirmedAt() == null ? "" : p.confirmedAt().toString(), p.referral(), p.message());
            }
            cursor = page.older().orElse(null);
        } while (cursor != null);
        out.flush();
    }

    /** The {@code before} parameter of a paging link: none (or empty) is the newest page. */
    private static Pledges.Cursor cursor(String before) {
        return before == null || before.isEmpty() ? null : Pledges.Cursor.parse(before);
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Confirms the chosen pledges, then shows the page the form was on again (same filter, same page, same search). */
    @PostMapping("/campaigns/{id}/manage/confirm")
    String confirm(@PathVariable UUID id, @RequestParam(required = false) List<UUID> pledge, @RequestParam(required = false) String key,
                   @RequestParam(required = false) String status, @RequestParam(required = false) String before,
                   @RequestParam(required = false) String reference,
                   @AuthenticationPrincipal CurrentMember me, RedirectAttributes flash) {
        String body = confirmations.confirm(me.id(), id, pledge, key).body();
        flash.addFlashAttribute("confirmed", Integer.parseInt(body.replaceAll("\\D", "")));
        return "redirect:" + managePage(id, status, before, reference);
    }

    /** The page's address with the parameters of where the form was, the ones that are valid only, encoded. */
    static String managePage(UUID id, String status, String before, String reference) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/campaigns/{id}/manage");
        try {
            PledgeFilter filter = PledgeFilter.parse(status);
            Pledges.Cursor cursor = cursor(before);
            if (filter != PledgeFilter.ALL) {
                uri.queryParam("status", filter.param());
            }
            if (cursor != null) {
                uri.queryParam("before", cursor.token());
            }
        } catch (UserInputException e) {
            // a forged parameter beside a confirmation that was accepted: back to the newest page
        }
        Confirmations.referenceIn(reference == null ? "" : reference).ifPresent(r -> uri.queryParam("reference", r));
        return uri.buildAndExpand(id).encode().toUriString();
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
            page(id, null, null, null, me, model, response);
            response.setStatus(HttpStatus.BAD_REQUEST.value());
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
