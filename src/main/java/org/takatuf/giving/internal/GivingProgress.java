package org.takatuf.giving.internal;

import java.util.Collection;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;
import org.takatuf.core.Money;

/**
 * Campaign progress for the campaigns module: pledged money, pledges and donors from the tally rows that
 * the pledge writer moves once per batch; confirmed money from the ledger (DONATIONS accounts); items
 * pledged and delivered from the goods pledges.
 */
@Component
class GivingProgress implements ProgressSource {

    private final JdbcClient jdbc;

    GivingProgress(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Items pledged and delivered per campaign. Goods pledges are the ones with an item (a check constraint); the
     * condition is written as {@code item_id IS NOT NULL} so that the partial index {@code pledge_goods} (V95) answers
     * it without reading the campaign's money pledges, millions in a viral campaign.
     */
    static final String ITEM_FIGURES = """
            SELECT campaign_id, item_id, sum(quantity) FILTER (WHERE status IN ('PLEDGED', 'RECEIVED', 'CONFIRMED')),
                   sum(quantity) FILTER (WHERE status = 'CONFIRMED')
            FROM pledge WHERE item_id IS NOT NULL AND campaign_id = ANY(?::uuid[]) GROUP BY campaign_id, item_id""";

    /** The items a campaign's pledges name, through {@code pledge_goods} as well. */
    static final String ITEMS_IN_PLEDGES = "SELECT DISTINCT item_id FROM pledge WHERE campaign_id = ? AND item_id IS NOT NULL";

    @Override
    @Transactional(readOnly = true)
    public Map<CampaignId, Progress> progress(Collection<Campaign> campaigns) {
        Map<CampaignId, Progress> result = new HashMap<>();
        if (campaigns.isEmpty()) {
            return result;
        }
        String[] ids = campaigns.stream().map(c -> c.id().value().toString()).toArray(String[]::new);
        Map<UUID, long[]> tallies = new HashMap<>();
        jdbc.sql("SELECT campaign_id, pledged_minor, pledges, donors FROM campaign_tally WHERE campaign_id = ANY(?::uuid[])")
                .param(ids).query(rs -> {
                    tallies.put(rs.getObject(1, UUID.class), new long[] {rs.getLong(2), rs.getLong(3), rs.getLong(4)});
                });
        Map<String, Long> raised = new HashMap<>();
        jdbc.sql("""
                        SELECT a.campaign_id, a.currency, -sum(b.debits_minor + b.credits_minor)
                        FROM ledger_balance b JOIN ledger_account a ON a.id = b.account_id
                        WHERE a.kind = 'DONATIONS' AND a.campaign_id = ANY(?::uuid[]) GROUP BY a.campaign_id, a.currency""")
                .param(ids).query(rs -> {
                    raised.put(rs.getObject(1, UUID.class) + rs.getString(2), rs.getLong(3));
                });
        Map<UUID, Map<UUID, Long>> pledgedItems = new HashMap<>();
        Map<UUID, Map<UUID, Long>> deliveredItems = new HashMap<>();
        jdbc.sql(ITEM_FIGURES)
                .param(ids).query(rs -> {
                    UUID campaign = rs.getObject(1, UUID.class);
                    UUID item = rs.getObject(2, UUID.class);
                    pledgedItems.computeIfAbsent(campaign, k -> new HashMap<>()).put(item, rs.getLong(3));
                    deliveredItems.computeIfAbsent(campaign, k -> new HashMap<>()).put(item, rs.getLong(4));
                });
        for (Campaign c : campaigns) {
            UUID id = c.id().value();
            Currency currency = c.currency();
            long[] t = tallies.getOrDefault(id, new long[3]);
            result.put(c.id(), new Progress(new Money(t[0], currency),
                    new Money(raised.getOrDefault(id + currency.getCurrencyCode(), 0L), currency), t[2], t[1],
                    pledgedItems.getOrDefault(id, Map.of()), deliveredItems.getOrDefault(id, Map.of())));
        }
        return result;
    }

    @Override
    @Transactional(readOnly = true)
    public java.util.Set<UUID> itemsInPledges(CampaignId campaign) {
        return new java.util.HashSet<>(jdbc.sql(ITEMS_IN_PLEDGES)
                .param(campaign.value()).query(UUID.class).list());
    }
}
