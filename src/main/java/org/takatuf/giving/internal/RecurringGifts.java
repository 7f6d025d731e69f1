package org.takatuf.giving.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.Money;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;

/**
 * Monthly giving ("every month" on the give form). A bank-transfer gift makes each month's pledge (with its
 * own reference) and e-mails the donor the bank instructions: the job claims due gifts with
 * {@code FOR UPDATE SKIP LOCKED}, records the month in {@code recurring_month} (primary key gift + month) and
 * moves {@code next_month} in the same transaction, and the month's pledge has the idempotency key
 * {@code recurring/<gift>/<yyyy-MM>}, so a month is never pledged or sent twice, even if two nodes run the
 * job. A card gift is a Stripe subscription: each paid invoice ({@code invoice.paid}) makes and confirms
 * that month's pledge once (key {@code invoice/<invoice id>}). A cancelled gift sends and makes nothing.
 */
@Service
public class RecurringGifts {

    private static final Logger log = LoggerFactory.getLogger(RecurringGifts.class);

    private final JdbcClient jdbc;
    private final Giving giving;
    private final Pledges pledges;
    private final CampaignManagement campaigns;
    private final GivingMails mails;
    private final CardGateway gateway;
    private final TransactionTemplate transactions;
    private final Clock clock;

    RecurringGifts(JdbcClient jdbc, Giving giving, Pledges pledges, CampaignManagement campaigns, GivingMails mails, CardGateway gateway,
                   TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.giving = giving;
        this.pledges = pledges;
        this.campaigns = campaigns;
        this.mails = mails;
        this.gateway = gateway;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** A monthly gift as the donor's page shows it. */
    public record Gift(UUID id, UUID campaignId, String campaignTitle, PledgeMethod method, Money amount, String status,
                       LocalDate nextMonth, long months) {
        public boolean active() {
            return "ACTIVE".equals(status);
        }
    }

    private YearMonth thisMonth() {
        return YearMonth.from(clock.instant().atZone(ZoneOffset.UTC));
    }

    static String monthKey(UUID gift, YearMonth month) {
        return "recurring/" + gift + "/" + month;
    }

    /**
     * Starts a monthly gift and makes its first month's pledge; returns that pledge. The same member and key
     * find the same gift again (a double submit makes one gift): the answer is the first month's pledge as the
     * pledge API gives it (a replay of the same key and body answers it again; another body with that key is
     * refused as for any pledge).
     */
    public Giving.Answer start(MemberId member, String key, PledgeRequest request) {
        Giving.requireKey(key);
        if (request.method() != PledgeMethod.BANK_TRANSFER && request.method() != PledgeMethod.CARD) {
            throw new UserInputException("giving.recurring.method");
        }
        Campaign campaign = campaigns.find(new CampaignId(request.campaignId())).orElseThrow(() -> new NotFoundException("campaign"));
        // validated as any pledge first (amount, bank instructions, open campaign): the first month is that pledge
        YearMonth month = thisMonth();
        UUID id = giftId(member, key);
        Giving.Answer answer = giving.pledge(member, monthKey(id, month), request);
        UUID pledge = answer.pledgeId();
        Money amount = pledges.find(pledge).orElseThrow().amount();
        transactions.executeWithoutResult(tx -> {
            jdbc.sql("""
                            INSERT INTO recurring_gift (id, member_id, campaign_id, method, amount_minor, currency, anonymous, status,
                                                        idempotency_key, next_month, created_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, 'ACTIVE', ?, ?, ?) ON CONFLICT (member_id, idempotency_key) DO NOTHING""")
                    .params(id, member.value(), campaign.id().value(), request.method().name(), amount.minorUnits(),
                            amount.currency().getCurrencyCode(), request.anonymous(), key, Date.valueOf(month.plusMonths(1).atDay(1)),
                            Timestamp.from(clock.instant())).update();
            jdbc.sql("INSERT INTO recurring_month (recurring_id, month, pledge_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                    .params(id, Date.valueOf(month.atDay(1)), pledge, Timestamp.from(clock.instant())).update();
        });
        return answer;
    }

    /** The gift a member started with this key. */
    public static UUID giftId(MemberId member, String key) {
        return UUID.nameUUIDFromBytes(("recurring|" + member.value() + "|" + key).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The gift whose first month is this pledge, if any (its card checkout is then a subscription). */
    public Optional<UUID> giftOfFirstPledge(UUID pledgeId) {
        return jdbc.sql("SELECT recurring_id FROM recurring_month WHERE pledge_id = ?").param(pledgeId).query(UUID.class).optional();
    }

    private record Due(UUID id, UUID member, UUID campaign, long amountMinor, boolean anonymous, LocalDate month, String email,
                       String name, String locale) {
    }

    /** Sends the reminders of the bank-transfer gifts whose month has come; returns how many were sent. */
    @Scheduled(fixedDelayString = "${takatuf.giving.recurring.every:PT1H}", initialDelayString = "${takatuf.giving.recurring.initial-delay:PT2M}")
    public int remindMonthly() {
        int sent = 0;
        for (int round = 0; round < 1000; round++) { // bounded: every round moves the claimed gifts to a later month
            Integer batch = transactions.execute(tx -> {
                List<Due> due = jdbc.sql("""
                                SELECT g.id, g.member_id, g.campaign_id, g.amount_minor, g.anonymous, g.next_month, m.email,
                                       m.display_name, m.preferred_locale
                                FROM recurring_gift g JOIN member m ON m.id = g.member_id
                                WHERE g.status = 'ACTIVE' AND g.method = 'BANK_TRANSFER' AND g.next_month <= ?
                                ORDER BY g.next_month LIMIT 50 FOR UPDATE OF g SKIP LOCKED""")
                        .param(Date.valueOf(thisMonth().atDay(1)))
                        .query((rs, n) -> new Due(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                                rs.getLong(4), rs.getBoolean(5), rs.getDate(6).toLocalDate(), rs.getString(7), rs.getString(8),
                                rs.getString(9))).list();
                int count = 0;
                for (Due d : due) {
                    try {
                        if (remind(d)) {
                            count++;
                        }
                    } catch (UserInputException | Giving.WriteUnavailableException e) {
                        // e.g. the campaign's goal or bank changed: this month is skipped for this gift, the others go on
                        log.warn("Monthly gift {}: no pledge this month ({})", d.id(), e.getMessage());
                    }
                }
                return due.isEmpty() ? -1 : count;
            });
            if (batch == null || batch < 0) {
                break;
            }
            sent += batch;
        }
        if (sent > 0) {
            log.info("Monthly gifts: {} bank-transfer reminders sent", sent);
        }
        return sent;
    }

    private boolean remind(Due d) {
        // months missed while the job was down are not sent late in a burst: the reminder is for this month
        YearMonth month = YearMonth.from(d.month()).isBefore(thisMonth()) ? thisMonth() : YearMonth.from(d.month());
        jdbc.sql("UPDATE recurring_gift SET next_month = ? WHERE id = ?").params(Date.valueOf(month.plusMonths(1).atDay(1)), d.id()).update();
        Campaign campaign = campaigns.find(new CampaignId(d.campaign())).orElse(null);
        if (campaign == null || !campaign.open() || !campaign.bank().present()) {
            return false; // nothing to give to this month; the gift stays and the donor can cancel it
        }
        Money amount = new Money(d.amountMinor(), campaign.currency());
        UUID pledge = giving.pledge(new MemberId(d.member()), monthKey(d.id(), month),
                new PledgeRequest(d.campaign(), PledgeMethod.BANK_TRANSFER, amount.amount().toPlainString(), null, null, d.anonymous(), null,
                        null)).pledgeId();
        int recorded = jdbc.sql("INSERT INTO recurring_month (recurring_id, month, pledge_id, created_at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(d.id(), Date.valueOf(month.atDay(1)), pledge, Timestamp.from(clock.instant())).update();
        if (recorded == 0) {
            return false; // this month was already sent
        }
        Pledge p = pledges.find(pledge).orElseThrow();
        Locale locale = Locale.forLanguageTag(d.locale() == null || d.locale().isBlank() ? "ar" : d.locale());
        mails.send(d.email(), d.name(), locale, "giving.mail.monthly.subject", "giving.mail.monthly.text",
                new Object[] {campaign.title(), p.reference(), amount.format(locale), nullToEmpty(campaign.bank().bankName()),
                        campaign.bank().iban(), nullToEmpty(campaign.bank().holder())}, "/pledges/" + pledge);
        return true;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    /** A Stripe subscription was created for the gift (its checkout completed). */
    void subscribed(UUID giftId, String subscriptionId) {
        jdbc.sql("UPDATE recurring_gift SET subscription_id = ? WHERE id = ? AND subscription_id IS NULL").params(subscriptionId, giftId).update();
    }

    /**
     * A paid invoice of a gift's subscription: that month's pledge, made and confirmed once per invoice. The
     * first invoice (the checkout's) pays the pledge made with the gift. Returns the pledge, or empty if the
     * subscription is not one of ours.
     */
    Optional<UUID> invoicePaid(String invoiceId, String subscriptionId, String billingReason) {
        Optional<Gift> gift = jdbc.sql("SELECT id FROM recurring_gift WHERE subscription_id = ?").param(subscriptionId).query(UUID.class)
                .optional().flatMap(this::find);
        if (gift.isEmpty()) {
            return Optional.empty();
        }
        Gift g = gift.get();
        Optional<UUID> known = jdbc.sql("SELECT pledge_id FROM recurring_month WHERE invoice_id = ?").param(invoiceId).query(UUID.class).optional();
        if (known.isPresent()) {
            return known;
        }
        UUID member = jdbc.sql("SELECT member_id FROM recurring_gift WHERE id = ?").param(g.id()).query(UUID.class).single();
        if ("subscription_create".equals(billingReason)) {
            Optional<UUID> first = jdbc.sql("""
                            UPDATE recurring_month SET invoice_id = ? WHERE recurring_id = ? AND invoice_id IS NULL
                              AND month = (SELECT min(month) FROM recurring_month WHERE recurring_id = ?) RETURNING pledge_id""")
                    .params(invoiceId, g.id(), g.id()).query(UUID.class).optional();
            if (first.isPresent()) {
                return first;
            }
        }
        boolean anonymous = jdbc.sql("SELECT anonymous FROM recurring_gift WHERE id = ?").param(g.id()).query(Boolean.class).single();
        UUID pledge = giving.pledge(new MemberId(member), "invoice/" + invoiceId, new PledgeRequest(g.campaignId(), PledgeMethod.CARD,
                g.amount().amount().toPlainString(), null, null, anonymous, null, null)).pledgeId();
        // the month after the last one recorded: an invoice is one month of the subscription
        LocalDate month = jdbc.sql("SELECT coalesce(max(month) + interval '1 month', ?)::date FROM recurring_month WHERE recurring_id = ?")
                .params(Date.valueOf(thisMonth().atDay(1)), g.id()).query(Date.class).single().toLocalDate();
        jdbc.sql("INSERT INTO recurring_month (recurring_id, month, pledge_id, invoice_id, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
                .params(g.id(), Date.valueOf(month), pledge, invoiceId, Timestamp.from(clock.instant())).update();
        return Optional.of(pledge);
    }

    public Optional<Gift> find(UUID id) {
        return jdbc.sql(SELECT + " WHERE g.id = ?").param(id).query(RecurringGifts::row).optional();
    }

    public List<Gift> ofMember(MemberId member) {
        return jdbc.sql(SELECT + " WHERE g.member_id = ? ORDER BY g.created_at DESC").param(member.value()).query(RecurringGifts::row).list();
    }

    /** The donor stops a monthly gift: nothing more is pledged or sent (a card subscription is cancelled at the gateway). */
    public void cancel(MemberId member, UUID id) {
        String subscription = transactions.execute(tx -> jdbc.sql("""
                        UPDATE recurring_gift SET status = 'CANCELLED', cancelled_at = ? WHERE id = ? AND member_id = ? AND status = 'ACTIVE'
                        RETURNING coalesce(subscription_id, '')""")
                .params(Timestamp.from(clock.instant()), id, member.value()).query(String.class).optional()
                .orElseGet(() -> {
                    long mine = jdbc.sql("SELECT count(*) FROM recurring_gift WHERE id = ? AND member_id = ?").params(id, member.value())
                            .query(Long.class).single();
                    if (mine == 0) {
                        throw new NotFoundException("recurring");
                    }
                    return ""; // already cancelled: nothing to do
                }));
        if (subscription != null && !subscription.isEmpty()) {
            gateway.cancelSubscription(subscription);
        }
    }

    private static final String SELECT = """
            SELECT g.id, g.campaign_id, c.title, g.method, g.amount_minor, g.currency, g.status, g.next_month,
                   (SELECT count(*) FROM recurring_month r WHERE r.recurring_id = g.id)
            FROM recurring_gift g JOIN campaign c ON c.id = g.campaign_id""";

    private static Gift row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Gift(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), PledgeMethod.valueOf(rs.getString(4)),
                new Money(rs.getLong(5), java.util.Currency.getInstance(rs.getString(6))), rs.getString(7), rs.getDate(8).toLocalDate(),
                rs.getLong(9));
    }
}
