package org.takatuf.giving.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.giving.internal.CardCheckouts;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.giving.internal.SimulatedCheckout;
import org.takatuf.identity.CurrentMember;

/**
 * The simulated gateway's checkout page (no Stripe key configured): the donor's own session only; "pay"
 * makes the signed events Stripe would send and runs them through the webhook code, then returns to
 * the success page as Stripe would; "cancel" returns to the cancel page.
 */
@Controller
class SimulatedCheckoutController {

    private final SimulatedCheckout simulated;
    private final Pledges pledges;
    private final CampaignManagement campaigns;

    SimulatedCheckoutController(SimulatedCheckout simulated, Pledges pledges, CampaignManagement campaigns) {
        this.simulated = simulated;
        this.pledges = pledges;
        this.campaigns = campaigns;
    }

    @GetMapping("/payments/simulated/checkout/{session}")
    String page(@PathVariable String session, @AuthenticationPrincipal CurrentMember me, Model model) {
        CardCheckouts.Session s = simulated.session(me.id(), session);
        model.addAttribute("checkout", s);
        model.addAttribute("fee", new org.takatuf.core.Money(simulated.feeMinor(s.amount().minorUnits()), s.amount().currency()));
        model.addAttribute("pledge", pledges.find(s.pledgeId()).orElseThrow());
        model.addAttribute("campaign", campaigns.find(new CampaignId(pledges.find(s.pledgeId()).orElseThrow().campaignId())).orElseThrow());
        return "giving/simulated-checkout";
    }

    @PostMapping("/payments/simulated/checkout/{session}/pay")
    String pay(@PathVariable String session, @AuthenticationPrincipal CurrentMember me) {
        return "redirect:" + simulated.pay(me.id(), session).getRawPath();
    }

    @PostMapping("/payments/simulated/checkout/{session}/cancel")
    String cancel(@PathVariable String session, @AuthenticationPrincipal CurrentMember me) {
        return "redirect:" + simulated.session(me.id(), session).cancelUrl().getRawPath();
    }
}
