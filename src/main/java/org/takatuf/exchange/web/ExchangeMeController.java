package org.takatuf.exchange.web;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.takatuf.exchange.internal.ExchangeNotices;
import org.takatuf.exchange.internal.Handovers;
import org.takatuf.exchange.internal.Listing;
import org.takatuf.exchange.internal.ListingManagement;
import org.takatuf.exchange.internal.Safety;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Member;
import org.takatuf.identity.Members;

/** The member's exchange space: own listings, hand-overs, notices, what they gave, blocked members. */
@Controller
class ExchangeMeController {

    private final ListingManagement listings;
    private final Handovers handovers;
    private final ExchangeNotices notices;
    private final Safety safety;
    private final Members members;

    ExchangeMeController(ListingManagement listings, Handovers handovers, ExchangeNotices notices, Safety safety, Members members) {
        this.listings = listings;
        this.handovers = handovers;
        this.notices = notices;
        this.safety = safety;
        this.members = members;
    }

    @GetMapping("/exchange/me")
    String me(@AuthenticationPrincipal CurrentMember me, Model model) {
        model.addAttribute("listings", listings.mine(me.uuid()));
        var mine = handovers.of(me.uuid());
        Map<UUID, String> titles = new HashMap<>();
        for (var h : mine) {
            titles.computeIfAbsent(h.listingId(), id -> listings.find(id).map(Listing::getTitle).orElse(""));
        }
        model.addAttribute("handovers", mine);
        model.addAttribute("titles", titles);
        model.addAttribute("notices", notices.recent(me.uuid(), 30));
        model.addAttribute("impact", handovers.impactOfMember(me.uuid()));
        Map<UUID, String> blocked = new HashMap<>();
        for (UUID id : safety.blockedBy(me.uuid())) {
            blocked.put(id, members.findById(id).map(Member::getDisplayName).orElse(""));
        }
        model.addAttribute("blockedMembers", blocked);
        return "exchange/me";
    }
}
