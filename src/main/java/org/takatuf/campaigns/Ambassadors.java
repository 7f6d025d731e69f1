package org.takatuf.campaigns;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.Money;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.MemberId;

/**
 * Ambassador pages: a signed-in member joins a campaign as its ambassador (once per campaign) with an optional
 * sub-goal and a personal message; the figures per ambassador come from {@link AmbassadorSource} (giving).
 */
@Service
public class Ambassadors {

    public static final int MAX_MESSAGE = 1_000;
    private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    private final JdbcClient jdbc;
    private final CampaignManagement campaigns;
    private final ObjectProvider<AmbassadorSource> source;
    private final Clock clock;

    Ambassadors(JdbcClient jdbc, CampaignManagement campaigns, ObjectProvider<AmbassadorSource> source, Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.source = source;
        this.clock = clock;
    }

    /** The member becomes an ambassador of the open campaign; a second time is a conflict. */
    @Transactional
    public Ambassador join(MemberId member, CampaignId campaignId, String goal, String message) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("campaign"));
        if (!campaign.open()) {
            throw new UserInputException("campaigns.ambassador.closed");
        }
        if (of(member, campaignId).isPresent()) {
            throw new ConflictException("campaigns.ambassador.already");
        }
        Money subGoal = goal(goal, campaign);
        String text = message(message);
        String code = newCode();
        int rows = jdbc.sql("""
                        INSERT INTO campaign_ambassador (id, campaign_id, member_id, code, goal_minor, message, created_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (campaign_id, member_id) DO NOTHING""")
                .params(UUID.randomUUID(), campaignId.value(), member.value(), code, subGoal == null ? null : subGoal.minorUnits(),
                        text, Timestamp.from(clock.instant()))
                .update();
        if (rows == 0) {
            throw new ConflictException("campaigns.ambassador.already");
        }
        return byCode(campaignId, code).orElseThrow();
    }

    /** The ambassador edits their own sub-goal and message; no-one else may. */
    @Transactional
    public void edit(MemberId member, CampaignId campaignId, String code, String goal, String message) {
        Ambassador a = byCode(campaignId, code).orElseThrow(() -> new NotFoundException("ambassador"));
        if (!a.memberId().equals(member)) {
            throw new AccessDeniedException("not this ambassador");
        }
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> new NotFoundException("campaign"));
        Money subGoal = goal(goal, campaign);
        jdbc.sql("UPDATE campaign_ambassador SET goal_minor = ?, message = ? WHERE id = ?")
                .params(subGoal == null ? null : subGoal.minorUnits(), message(message), a.id()).update();
    }

    private static Money goal(String goal, Campaign campaign) {
        if (goal == null || goal.isBlank()) {
            return null;
        }
        Money m = Money.of(goal.strip(), campaign.currency().getCurrencyCode());
        if (!m.isPositive()) {
            throw new UserInputException("campaigns.ambassador.goal.positive");
        }
        return m;
    }

    private static String message(String message) {
        String text = message == null ? "" : message.strip();
        if (text.length() > MAX_MESSAGE) {
            throw new UserInputException("campaigns.ambassador.message.too-long", MAX_MESSAGE);
        }
        if (text.indexOf('\u0000') >= 0) {
            text = text.replace("\u0000", "");
        }
        return text;
    }

    private String newCode() {
        while (true) {
            StringBuilder b = new StringBuilder(6);
            for (int i = 0; i < 6; i++) {
                b.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            String code = b.toString();
            if (jdbc.sql("SELECT count(*) FROM campaign_ambassador WHERE code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    private static final String SELECT = """
            SELECT a.id, a.campaign_id, a.member_id, m.display_name, a.code, a.goal_minor, c.currency, a.message, a.hidden, a.created_at
            FROM campaign_ambassador a JOIN member m ON m.id = a.member_id JOIN campaign c ON c.id = a.campaign_id""";

    private static Ambassador row(ResultSet rs, int n) throws SQLException {
        long goal = rs.getLong("goal_minor");
        boolean noGoal = rs.wasNull();
        return new Ambassador(rs.getObject("id", UUID.class), new CampaignId(rs.getObject("campaign_id", UUID.class)),
                new MemberId(rs.getObject("member_id", UUID.class)), rs.getString("display_name"), rs.getString("code"),
                noGoal ? null : Money.ofMinor(goal, rs.getString("currency").strip()), rs.getString("message"),
                rs.getBoolean("hidden"), rs.getTimestamp("created_at").toInstant());
    }

    /** A visible ambassador of the campaign by code (codes are lower case; upper case is read as meant). */
    @Transactional(readOnly = true)
    public Optional<Ambassador> byCode(CampaignId campaignId, String code) {
        if (code == null || !code.toLowerCase(java.util.Locale.ROOT).matches("^[0-9a-z]{4,12}$")) {
            return Optional.empty();
        }
        return jdbc.sql(SELECT + " WHERE a.campaign_id = ? AND a.code = ? AND NOT a.hidden")
                .params(campaignId.value(), code.toLowerCase(java.util.Locale.ROOT)).query(Ambassadors::row).optional();
    }

    /** Whether a referral names a visible ambassador of this campaign (giving drops unknown ones). */
    @Transactional(readOnly = true)
    public boolean knows(CampaignId campaignId, String referral) {
        String code = Ambassador.codeOf(referral);
        return code != null && byCode(campaignId, code).isPresent();
    }

    /** Every ambassador's name by code (hidden ones included: the organisation sees what they brought). */
    @Transactional(readOnly = true)
    public Map<String, String> names(CampaignId campaignId) {
        Map<String, String> names = new java.util.HashMap<>();
        jdbc.sql(SELECT + " WHERE a.campaign_id = ?").param(campaignId.value()).query(Ambassadors::row).list()
                .forEach(a -> names.put(a.code(), a.memberName()));
        return names;
    }

    @Transactional(readOnly = true)
    public Optional<Ambassador> of(MemberId member, CampaignId campaignId) {
        return jdbc.sql(SELECT + " WHERE a.campaign_id = ? AND a.member_id = ?").params(campaignId.value(), member.value())
                .query(Ambassadors::row).optional();
    }

    /** The campaign's visible ambassadors ranked by what they brought (then donors, then who joined first). */
    @Transactional(readOnly = true)
    public List<Ambassador.Standing> leaderboard(Campaign campaign, int limit) {
        List<Ambassador> all = jdbc.sql(SELECT + " WHERE a.campaign_id = ? AND NOT a.hidden ORDER BY a.created_at")
                .param(campaign.id().value()).query(Ambassadors::row).list();
        Map<String, AmbassadorSource.Raised> raised = raised(campaign.id());
        return all.stream().map(a -> standing(a, raised, campaign))
                .sorted(Comparator.comparingLong((Ambassador.Standing s) -> s.raised().minorUnits()).reversed()
                        .thenComparing(Comparator.comparingLong(Ambassador.Standing::donors).reversed()))
                .limit(limit).toList();
    }

    @Transactional(readOnly = true)
    public Ambassador.Standing standing(Ambassador a, Campaign campaign) {
        return standing(a, raised(campaign.id()), campaign);
    }

    private Map<String, AmbassadorSource.Raised> raised(CampaignId id) {
        AmbassadorSource s = source.getIfAvailable();
        return s == null ? Map.of() : s.raisedThroughAmbassadors(id);
    }

    private static Ambassador.Standing standing(Ambassador a, Map<String, AmbassadorSource.Raised> raised, Campaign campaign) {
        AmbassadorSource.Raised r = raised.getOrDefault(a.code(), AmbassadorSource.Raised.NONE);
        return new Ambassador.Standing(a, new Money(r.amountMinor(), campaign.currency()), r.donors());
    }
}
