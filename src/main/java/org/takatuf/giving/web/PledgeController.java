package org.takatuf.giving.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.UserInputException;
import org.takatuf.core.documents.QrCodes;
import org.takatuf.giving.internal.Confirmations;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.Pledge;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.identity.CurrentMember;

/**
 * The donor's side in HTML: the form (with a hidden Idempotency-Key, so a double submit makes one
 * pledge), the pledge's page with the bank instructions or the cash QR receipt, and the collector's
 * confirmation of a cash pledge from that QR code.
 */
@Controller
class PledgeController {

    private final CampaignManagement campaigns;
    private final Giving giving;
    private final Pledges pledges;
    private final Confirmations confirmations;
    private final SiteLinks links;
    private final org.takatuf.giving.internal.ReceiptPdf receipts;
    private final org.takatuf.giving.internal.CardCheckouts cards;
    private final org.takatuf.giving.internal.StripeSettings stripe;
    private final org.takatuf.giving.internal.RecurringGifts recurring;

    PledgeController(CampaignManagement campaigns, Giving giving, Pledges pledges, Confirmations confirmations, SiteLinks links,
                     org.takatuf.giving.internal.ReceiptPdf receipts, org.takatuf.giving.internal.CardCheckouts cards,
                     org.takatuf.giving.internal.StripeSettings stripe, org.takatuf.giving.internal.RecurringGifts recurring) {
        this.cards = cards;
        this.recurring = recurring;
        this.stripe = stripe;
        this.receipts = receipts;
        this.campaigns = campaigns;
        this.giving = giving;
        this.pledges = pledges;
        this.confirmations = confirmations;
        this.links = links;
    }

    /** What the donor typed, kept when the form comes back with a message. */
    record PledgeForm(String key, PledgeMethod method, String amount, UUID itemId, Integer quantity, boolean anonymous,
                      String message, String ref) {
    }

    @GetMapping("/campaigns/{id}/give")
    String form(@PathVariable UUID id, @RequestParam(required = false) String ref, Model model) {
        Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
        PledgeMethod method = campaign.kind().takesMoney() ? (campaign.bank().present() ? PledgeMethod.BANK_TRANSFER : PledgeMethod.CASH)
                : PledgeMethod.GOODS;
        return form(campaign, new PledgeForm(UUID.randomUUID().toString(), method, "", null, 1, false, "", ref), null, model);
    }

    private String form(Campaign campaign, PledgeForm form, String error, Model model) {
        model.addAttribute("campaign", campaign);
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        List<PledgeMethod> methods = methods(campaign);
        if (campaign.kind().takesMoney() && stripe.cardAvailable()) {
            methods.add(methods.indexOf(PledgeMethod.CASH), PledgeMethod.CARD);
        }
        model.addAttribute("methods", methods);
        return "giving/give";
    }

    static List<PledgeMethod> methods(Campaign campaign) {
        java.util.ArrayList<PledgeMethod> methods = new java.util.ArrayList<>();
        if (campaign.kind().takesMoney()) {
            if (campaign.bank().present()) {
                methods.add(PledgeMethod.BANK_TRANSFER);
            }
            methods.add(PledgeMethod.CASH);
        }
        if (campaign.kind().takesItems()) {
            methods.add(PledgeMethod.GOODS);
        }
        return methods;
    }

    @PostMapping("/campaigns/{id}/pledges")
    String pledge(@PathVariable UUID id, @RequestParam(required = false) String key,
                  @RequestParam(required = false) PledgeMethod method, @RequestParam(defaultValue = "") String amount,
                  @RequestParam(required = false) UUID itemId, @RequestParam(required = false) Integer quantity,
                  @RequestParam(defaultValue = "false") boolean anonymous, @RequestParam(defaultValue = "") String message,
                  @RequestParam(required = false) String ref, @AuthenticationPrincipal CurrentMember me, Model model,
                  HttpServletResponse response, @RequestParam(defaultValue = "false") boolean monthly) {
        PledgeForm form = new PledgeForm(key, method, amount, itemId, quantity, anonymous, message, ref);
        PledgeRequest request = new PledgeRequest(id, method, method == PledgeMethod.GOODS ? null : amount,
                method == PledgeMethod.GOODS ? itemId : null, method == PledgeMethod.GOODS ? quantity : null, anonymous, message, ref);
        try {
            UUID pledgeId = (monthly ? recurring.start(me.id(), key, request) : giving.pledge(me.id(), key, request)).pledgeId();
            if (method == PledgeMethod.CARD) {
                // the pledge exists (state pledged); the donor pays on the gateway's page (a replay finds the same session)
                return "redirect:" + cards.start(me.id(), pledgeId);
            }
            return "redirect:/pledges/" + pledgeId;
        } catch (UserInputException e) {
            if (e instanceof org.takatuf.giving.internal.IdempotencyKeyReusedException) {
                throw e;
            }
            Campaign campaign = campaigns.find(new CampaignId(id)).orElseThrow(() -> new NotFoundException("campaign"));
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("errorArgs", e.arguments());
            return form(campaign, form, e.messageKey(), model);
        }
    }

    /** The donor's own pledge, or one of the organisation's campaign; anyone else gets "not found". */
    Pledge visible(UUID id, CurrentMember me) {
        Pledge pledge = pledges.find(id).orElseThrow(() -> new NotFoundException("pledge"));
        if (pledge.memberId().equals(me.uuid())) {
            return pledge;
        }
        Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow();
        if (campaigns.canManage(me.id(), campaign)) {
            return pledge;
        }
        throw new NotFoundException("pledge");
    }

    @GetMapping("/pledges/{id}")
    String page(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me, Model model) {
        Pledge pledge = visible(id, me);
        Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow();
        model.addAttribute("pledge", pledge);
        model.addAttribute("campaign", campaign);
        model.addAttribute("mine", pledge.memberId().equals(me.uuid()));
        model.addAttribute("manager", campaigns.canManage(me.id(), campaign));
        model.addAttribute("item", pledge.itemId() == null ? null : campaign.item(pledge.itemId()).orElse(null));
        return "giving/pledge";
    }

    /** The donor's giving: pledges with their states and receipts, and monthly gifts (which they may stop). */
    @GetMapping("/me/giving")
    String myGiving(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("pledges", pledges.ofMember(me.uuid()));
        model.addAttribute("gifts", recurring.ofMember(me.id()));
        return "giving/my-giving";
    }

    @PostMapping("/me/giving/recurring/{id}/cancel")
    String cancelRecurring(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) {
        recurring.cancel(me.id(), id);
        return "redirect:/me/giving?cancelled";
    }

    /** Where the gateway sends the donor back: what became of the card payment, in the donor's language. */
    @GetMapping({"/pledges/{id}/card/success", "/pledges/{id}/card/cancel"})
    String cardReturn(@PathVariable UUID id, jakarta.servlet.http.HttpServletRequest request, @AuthenticationPrincipal CurrentMember me,
                      Model model) {
        Pledge pledge = pledges.find(id).filter(p -> p.memberId().equals(me.uuid())).filter(p -> p.method() == PledgeMethod.CARD)
                .orElseThrow(() -> new NotFoundException("pledge"));
        model.addAttribute("pledge", pledge);
        model.addAttribute("campaign", campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow());
        model.addAttribute("cancelled", request.getRequestURI().endsWith("/cancel"));
        return "giving/card-return";
    }

    /** Pay a card pledge again after a cancelled checkout: the same session. */
    @PostMapping("/pledges/{id}/card/checkout")
    String cardCheckout(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) {
        return "redirect:" + cards.start(me.id(), id);
    }

    /** The donor's receipt of a confirmed gift, in Arabic or English ({@code lang}); the donor's own only. */
    @GetMapping(value = "/pledges/{id}/receipt.pdf", produces = MediaType.APPLICATION_PDF_VALUE)
    ResponseEntity<byte[]> receipt(@PathVariable UUID id, @RequestParam(defaultValue = "ar") String lang,
                                   @AuthenticationPrincipal CurrentMember me) {
        Pledge pledge = pledges.find(id).filter(p -> p.memberId().equals(me.uuid()))
                .filter(p -> p.status() == org.takatuf.giving.internal.PledgeStatus.CONFIRMED)
                .orElseThrow(() -> new NotFoundException("pledge"));
        Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow();
        java.util.Locale locale = java.util.Locale.forLanguageTag("en".equals(lang) ? "en" : "ar");
        return ResponseEntity.ok().header("Cache-Control", "private, no-store")
                .header("Content-Disposition", "attachment; filename=\"takatuf-receipt-" + pledge.reference() + "-" + locale.getLanguage() + ".pdf\"")
                .body(receipts.render(pledge, campaign, locale));
    }

    /** The QR code of a cash or goods pledge: the collector scans it to confirm the hand-over. */
    @GetMapping(value = "/pledges/{id}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
    ResponseEntity<byte[]> qr(@PathVariable UUID id, @AuthenticationPrincipal CurrentMember me) {
        Pledge pledge = visible(id, me);
        if (pledge.method() != PledgeMethod.CASH && pledge.method() != PledgeMethod.GOODS) {
            throw new NotFoundException("qr");
        }
        String url = links.base() + "/pledges/" + id + "/collect?sig=" + confirmations.receiptSignature(pledge);
        return ResponseEntity.ok().header("Cache-Control", "private, no-store").body(QrCodes.png(url, 360));
    }

    @GetMapping("/pledges/{id}/collect")
    String collectPage(@PathVariable UUID id, @RequestParam(required = false) String sig, @AuthenticationPrincipal CurrentMember me,
                       Model model) {
        Pledge pledge = visible(id, me);
        Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow();
        if (!campaigns.canManage(me.id(), campaign)) {
            throw new NotFoundException("pledge");
        }
        model.addAttribute("pledge", pledge);
        model.addAttribute("campaign", campaign);
        model.addAttribute("sig", sig);
        model.addAttribute("item", pledge.itemId() == null ? null : campaign.item(pledge.itemId()).orElse(null));
        return "giving/collect";
    }

    @PostMapping("/pledges/{id}/collect")
    String collect(@PathVariable UUID id, @RequestParam(required = false) String sig, @AuthenticationPrincipal CurrentMember me) {
        confirmations.collect(me.id(), id, sig);
        return "redirect:/pledges/" + id + "?collected";
    }
}
