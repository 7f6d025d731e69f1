package org.takatuf.giving.internal;

import java.net.URI;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.SiteLinks;
import org.takatuf.identity.MemberId;

/**
 * The checkout session of a card pledge, made once: a second press (or a replayed form) finds the stored
 * session and sends the donor to the same page. The gateway is also asked with the pledge id as its
 * Idempotency-Key, so a creation whose answer was lost makes no second session at Stripe either.
 */
@Service
public class CardCheckouts {

    private final CardGateway gateway;
    private final Pledges pledges;
    private final CampaignManagement campaigns;
    private final JdbcClient jdbc;
    private final SiteLinks links;
    private final Clock clock;

    CardCheckouts(CardGateway gateway, Pledges pledges, CampaignManagement campaigns, JdbcClient jdbc, SiteLinks links, Clock clock) {
        this.gateway = gateway;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.jdbc = jdbc;
        this.links = links;
        this.clock = clock;
    }

    /** A stored session, as the simulated checkout page shows it. */
    public record Session(String sessionId, UUID pledgeId, String gateway, URI url, org.takatuf.core.Money amount,
                          String description, URI successUrl, URI cancelUrl, boolean simulatedPaid, UUID recurringId) {
    }

    /** Where to send the donor to pay this card pledge (the donor's own, still waiting for its payment). */
    public URI start(MemberId member, UUID pledgeId) {
        Pledge pledge = pledges.find(pledgeId).filter(p -> p.memberId().equals(member.value()))
                .filter(p -> p.method() == PledgeMethod.CARD).orElseThrow(() -> new NotFoundException("pledge"));
        Optional<URI> stored = stored(pledgeId);
        if (stored.isPresent()) {
            return stored.get();
        }
        if (pledge.status() != PledgeStatus.PLEDGED) {
            throw new ConflictException("giving.card.not-payable");
        }
        Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow(() -> new NotFoundException("campaign"));
        URI success = URI.create(links.link("/pledges/" + pledgeId + "/card/success"));
        URI cancel = URI.create(links.link("/pledges/" + pledgeId + "/card/cancel"));
        String description = campaign.title().length() > 500 ? campaign.title().substring(0, 500) : campaign.title();
        UUID gift = jdbc.sql("SELECT recurring_id FROM recurring_month WHERE pledge_id = ?").param(pledgeId).query(UUID.class)
                .optional().orElse(null);
        CardGateway.Checkout checkout;
        try {
            checkout = gateway.createCheckout(new CardGateway.CheckoutRequest(pledgeId, description, pledge.amount(), success, cancel, gift));
        } catch (IllegalStateException e) {
            // the gateway is down or refused: the pledge stays, and paying again (same key, or from its page) retries
            throw new org.takatuf.core.UserInputException("giving.card.gateway-unavailable");
        }
        jdbc.sql("""
                        INSERT INTO card_checkout (session_id, pledge_id, gateway, url, amount_minor, currency, description,
                                                   success_url, cancel_url, created_at, recurring_id)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pledge_id) DO NOTHING""")
                .params(checkout.sessionId(), pledgeId, gateway instanceof SimulatedCardGateway ? "simulated" : "stripe",
                        checkout.url().toString(), pledge.amount().minorUnits(), pledge.amount().currency().getCurrencyCode(),
                        description, success.toString(), cancel.toString(), Timestamp.from(clock.instant()), gift).update();
        return stored(pledgeId).orElseThrow();
    }

    private Optional<URI> stored(UUID pledgeId) {
        return jdbc.sql("SELECT url FROM card_checkout WHERE pledge_id = ?").param(pledgeId).query(String.class).optional()
                .map(URI::create);
    }

    public Optional<Session> session(String sessionId) {
        return jdbc.sql("""
                        SELECT session_id, pledge_id, gateway, url, amount_minor, currency, description, success_url, cancel_url,
                               simulated_paid, recurring_id FROM card_checkout WHERE session_id = ?""").param(sessionId)
                .query((rs, n) -> new Session(rs.getString(1), rs.getObject(2, UUID.class), rs.getString(3), URI.create(rs.getString(4)),
                        new org.takatuf.core.Money(rs.getLong(5), java.util.Currency.getInstance(rs.getString(6))), rs.getString(7),
                        URI.create(rs.getString(8)), URI.create(rs.getString(9)), rs.getBoolean(10),
                        rs.getObject(11, UUID.class)))
                .optional();
    }
}
