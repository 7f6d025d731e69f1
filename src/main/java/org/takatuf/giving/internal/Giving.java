package org.takatuf.giving.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.regex.Pattern;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import org.springframework.stereotype.Service;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.Money;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;

/**
 * Making a pledge: validate, then hand it to the {@link PledgeWriter} and wait for its batch to commit.
 * The idempotency contract: the same member, key and request replay the first answer; the same key with
 * another request is refused ({@link IdempotencyKeyReusedException}, a 422).
 */
@Service
public class Giving {

    static final int MAX_KEY = 255;
    static final int MAX_MESSAGE = 500;
    private static final Pattern REFERRAL = Pattern.compile("^[A-Za-z0-9_.-]{1,80}$");

    private final CampaignManagement campaigns;
    private final org.takatuf.campaigns.Ambassadors ambassadors;
    private final PledgeWriter writer;
    private final GivingSettings settings;
    private final StripeSettings stripe;
    private final Clock clock;
    /**
     * Campaigns read by the hot path, at most a second old: a closed campaign refuses pledges at most a second later.
     * One read per campaign at a time: a viral campaign's entry is read again in the background after half a second
     * while pledges go on with the one in hand, where an entry that simply expired sent every request waiting at
     * that moment to the database at once (docs/performance.md, "Runs 15–16"). An unknown id is remembered too.
     */
    private final LoadingCache<UUID, Optional<Campaign>> recent;

    Giving(CampaignManagement campaigns, org.takatuf.campaigns.Ambassadors ambassadors, PledgeWriter writer,
           GivingSettings settings, StripeSettings stripe, Clock clock) {
        this.campaigns = campaigns;
        this.ambassadors = ambassadors;
        this.stripe = stripe;
        this.writer = writer;
        this.settings = settings;
        this.clock = clock;
        this.recent = Caffeine.newBuilder()
                .maximumSize(10_000)
                .expireAfterWrite(Duration.ofSeconds(1))
                .refreshAfterWrite(Duration.ofMillis(500))
                .build(id -> campaigns.find(new CampaignId(id)));
    }

    /** The answer to a pledge request: the pledge's id, its JSON answer, and whether it is a replay. */
    public record Answer(UUID pledgeId, String body, boolean replayed) {
    }

    public static String requireKey(String key) {
        if (key == null || key.isBlank()) {
            throw new UserInputException("giving.idempotency.key-required");
        }
        if (key.length() > MAX_KEY || !key.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new UserInputException("giving.idempotency.key-invalid", MAX_KEY);
        }
        return key;
    }

    public Answer pledge(MemberId member, String key, PledgeRequest request) {
        requireKey(key);
        PledgeWriter.Draft draft = draft(member, key, request);
        PledgeWriter.Outcome outcome;
        try {
            // no timeout here: the writer's watchdog fails the future after takatuf.giving.write-timeout (PledgeWriter#submit)
            outcome = writer.submit(draft, this::withReference).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WriteUnavailableException();
        } catch (ExecutionException e) {
            // a failed batch or the write timeout: the outcome is unknown, and the client retries with the same key and
            // gets the stored answer if it was committed
            throw new WriteUnavailableException();
        }
        return switch (outcome) {
            case PledgeWriter.Outcome.Stored s -> new Answer(s.draft().id(), s.draft().response(), false);
            case PledgeWriter.Outcome.Replayed r -> new Answer(r.pledgeId(), r.response(), true);
            case PledgeWriter.Outcome.KeyReused k -> throw new IdempotencyKeyReusedException();
        };
    }

    private PledgeWriter.Draft draft(MemberId member, String key, PledgeRequest r) {
        if (r.campaignId() == null) {
            throw new NotFoundException("campaign");
        }
        Campaign campaign = campaign(r.campaignId());
        if (!campaign.open()) {
            throw new UserInputException("giving.campaign.closed");
        }
        if (r.method() == null) {
            throw new UserInputException("giving.method.required");
        }
        if (r.message() != null && r.message().strip().length() > MAX_MESSAGE) {
            throw new UserInputException("giving.message.too-long", MAX_MESSAGE);
        }
        String referral = r.referral() == null || r.referral().isBlank() ? null : r.referral().strip();
        if (referral != null && !REFERRAL.matcher(referral).matches()) {
            referral = null; // a mangled share link must not cost a donation: the attribution is simply dropped
        }
        if (referral != null && referral.startsWith(org.takatuf.campaigns.Ambassador.PREFIX)
                && !ambassadors.knows(campaign.id(), referral)) {
            referral = null; // an unknown or hidden ambassador: the pledge goes through without the attribution
        }
        Long amount = null;
        UUID item = null;
        Integer quantity = null;
        if (r.method() == PledgeMethod.GOODS) {
            if (!campaign.kind().takesItems()) {
                throw new UserInputException("giving.goods.not-taken");
            }
            Campaign.Item needed = r.itemId() == null ? null : campaign.item(r.itemId())
                    .orElseThrow(() -> new UserInputException("giving.item.unknown"));
            if (needed == null) {
                throw new UserInputException("giving.item.required");
            }
            if (r.quantity() == null || r.quantity() <= 0 || r.quantity() > needed.quantity()) {
                throw new UserInputException("giving.quantity.range", needed.quantity());
            }
            item = needed.id();
            quantity = r.quantity();
        } else {
            if (!campaign.kind().takesMoney()) {
                throw new UserInputException("giving.money.not-taken");
            }
            if (r.amount() == null || r.amount().isBlank()) {
                throw new UserInputException("giving.amount.required");
            }
            Money money = Money.of(r.amount(), campaign.currency().getCurrencyCode());
            if (!money.isPositive()) {
                throw new UserInputException("giving.amount.positive");
            }
            if (money.minorUnits() > settings.maxAmountMinor()) {
                throw new UserInputException("giving.amount.too-large");
            }
            amount = money.minorUnits();
            if (r.method() == PledgeMethod.BANK_TRANSFER && !campaign.bank().present()) {
                throw new UserInputException("giving.bank.unavailable");
            }
            if (r.method() == PledgeMethod.CARD && !stripe.cardAvailable()) {
                throw new UserInputException("giving.card.unavailable");
            }
        }
        Instant now = clock.instant();
        Instant expires = r.method().expires() ? now.plus(settings.pledgeValidity()) : null;
        String message = r.message() == null || r.message().isBlank() ? null : r.message().strip();
        PledgeWriter.Draft draft = new PledgeWriter.Draft(PledgeWriter.newId(), campaign.id().value(), member.value(), r.method(),
                amount, campaign.currency().getCurrencyCode(), item, quantity, r.anonymous(), message, referral, key, r.hash(),
                PledgeWriter.newReference(), null, now, expires);
        return withReference(draft, draft.reference(), campaign);
    }

    private Campaign campaign(UUID id) {
        return recent.get(id).orElseThrow(() -> new NotFoundException("campaign"));
    }

    private PledgeWriter.Draft withReference(PledgeWriter.Draft draft, String reference) {
        Campaign campaign = campaign(draft.campaignId());
        return withReference(draft, reference, campaign);
    }

    /** The first answer, stored with the pledge and replayed for a retry with the same key: {@link PledgeAnswer}. */
    private PledgeWriter.Draft withReference(PledgeWriter.Draft d, String reference, Campaign campaign) {
        return d.withReference(reference, PledgeAnswer.json(d, reference, campaign.currency(), campaign.bank()));
    }

    /** The batch writer did not answer in time or failed: 503, and a retry with the same key is safe. */
    public static final class WriteUnavailableException extends RuntimeException {
        public WriteUnavailableException() {
            super("giving.unavailable", null, false, false);
        }
    }
}
