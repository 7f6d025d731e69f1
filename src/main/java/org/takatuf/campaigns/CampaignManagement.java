package org.takatuf.campaigns;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.Money;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.moderation.ContentScreening;
import org.takatuf.core.text.ArabicText;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Organisation;
import org.takatuf.identity.OrganisationId;
import org.takatuf.identity.OrganisationManagement;

/**
 * Campaigns: a member of a verified organisation starts one on its behalf; everyone reads them.
 * Plain JDBC: a campaign is read far more than written and always with its organisation's name.
 */
@Service
public class CampaignManagement {

    static final int MAX_TITLE = 150;
    static final int MAX_STORY = 20_000;
    static final int MAX_ITEMS = 50;
    private static final Pattern ITEM_LINE = Pattern.compile("^\\s*([0-9٠-٩]+)\\s+(.+?)\\s*$");
    private static final Pattern IBAN = Pattern.compile("^[A-Z]{2}[0-9]{2}[A-Z0-9]{10,30}$");

    private final JdbcClient jdbc;
    private final OrganisationManagement organisations;
    private final Clock clock;
    private final ObjectProvider<ContentScreening> screening;
    private final org.springframework.context.ApplicationEventPublisher events;
    private final ObjectProvider<ProgressSource> progress;

    CampaignManagement(JdbcClient jdbc, OrganisationManagement organisations, Clock clock,
                       ObjectProvider<ContentScreening> screening, org.springframework.context.ApplicationEventPublisher events,
                       ObjectProvider<ProgressSource> progress) {
        this.progress = progress;
        this.jdbc = jdbc;
        this.organisations = organisations;
        this.clock = clock;
        this.screening = screening;
        this.events = events;
    }

    /** A member of a verified organisation starts a campaign on its behalf. */
    @Transactional
    public CampaignId create(MemberId member, CampaignForm form) {
        if (form == null || form.organisationSlug() == null) {
            throw new UserInputException("campaigns.organisation.required");
        }
        Organisation organisation = organisations.bySlug(form.organisationSlug())
                .orElseThrow(() -> new UserInputException("campaigns.organisation.required"));
        if (!organisations.isMember(member, organisation.organisationId())) {
            throw new AccessDeniedException("not a member of the organisation");
        }
        if (!organisation.isVerified()) {
            throw new UserInputException("campaigns.organisation.not-verified");
        }
        Validated v = validate(form);
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO campaign (id, organisation_id, created_by, kind, title, story, goal_minor, currency, deadline,
                                              case_id, bank_name, bank_iban, bank_holder, created_at, short_code)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(id, organisation.getId(), member.value(), form.kind().name(), form.title().strip(), form.story().strip(),
                        v.goal == null ? null : v.goal.minorUnits(), v.currency.getCurrencyCode(),
                        form.deadline() == null ? null : Date.valueOf(form.deadline()), form.caseId(), blankToNull(form.bankName()),
                        v.iban, blankToNull(form.bankHolder()), Timestamp.from(clock.instant()), newShortCode())
                .update();
        saveItems(id, v.items, Map.of());
        if (heldByScreening(member, id, form)) {
            return new CampaignId(id);
        }
        // a campaign is public from its creation (only verified organisations start one): its followers and the
        // organisation's see it launched (a held campaign is not announced)
        events.publishEvent(new org.takatuf.core.activity.ActivityPublished(id, "campaigns.launched",
                List.of(org.takatuf.core.activity.ActivityPublished.Source.of("campaign", id),
                        org.takatuf.core.activity.ActivityPublished.Source.of("organisation", organisation.getId())),
                member.value(), form.title().strip(), form.story().strip(), "/campaigns/" + id, clock.instant()));
        return new CampaignId(id);
    }

    /** Closes a campaign: no new pledges; existing ones can still be confirmed. */
    @Transactional
    public void close(MemberId member, CampaignId id) {
        Campaign campaign = find(id).orElseThrow(() -> new NotFoundException("campaign"));
        requireManager(member, campaign);
        jdbc.sql("UPDATE campaign SET status = 'CLOSED' WHERE id = ?").param(id.value()).update();
    }

    /**
     * The organisation's members correct or extend a campaign: title, story, goal (in its currency),
     * deadline, the list of needed items and the bank instructions. Its organisation, kind and currency stay
     * (pledges and the ledger are in it); an item that a pledge names keeps its identity when its line is kept
     * (matched by name) and cannot be taken off the list. The new text is screened as a new campaign is.
     */
    @Transactional
    public void update(MemberId member, CampaignId id, CampaignForm edit) {
        Campaign campaign = find(id).orElseThrow(() -> new NotFoundException("campaign"));
        requireManager(member, campaign);
        CampaignForm form = new CampaignForm(campaign.organisationSlug(), campaign.kind(), edit.title(), edit.story(),
                edit.goal(), campaign.currency().getCurrencyCode(), edit.deadline(), campaign.caseId(), edit.items(),
                edit.bankName(), edit.bankIban(), edit.bankHolder());
        // a deadline already passed may be kept as it is; a new one must be in the future
        boolean sameDeadline = java.util.Objects.equals(form.deadline(), campaign.deadline());
        Validated v = validate(sameDeadline ? withDeadline(form, null) : form);
        ProgressSource source = progress.getIfAvailable();
        java.util.Set<UUID> pledged = source == null ? java.util.Set.of() : source.itemsInPledges(id);
        Map<String, Campaign.Item> existing = new java.util.LinkedHashMap<>();
        campaign.items().forEach(item -> existing.put(item.name(), item));
        java.util.Set<String> kept = new java.util.HashSet<>();
        v.items.forEach(item -> kept.add(item.getKey()));
        if (kept.size() != v.items.size()) {
            throw new UserInputException("campaigns.items.duplicate");
        }
        for (Campaign.Item item : campaign.items()) {
            if (!kept.contains(item.name()) && pledged.contains(item.id())) {
                throw new UserInputException("campaigns.items.pledged", item.name());
            }
        }
        jdbc.sql("""
                        UPDATE campaign SET title = ?, story = ?, goal_minor = ?, deadline = ?, bank_name = ?, bank_iban = ?,
                                            bank_holder = ?
                        WHERE id = ?""")
                .params(form.title().strip(), form.story().strip(), v.goal == null ? null : v.goal.minorUnits(),
                        form.deadline() == null ? null : Date.valueOf(form.deadline()), blankToNull(form.bankName()), v.iban,
                        blankToNull(form.bankHolder()), id.value())
                .update();
        for (Campaign.Item item : campaign.items()) {
            if (!kept.contains(item.name())) {
                jdbc.sql("DELETE FROM campaign_item WHERE id = ?").param(item.id()).update();
            }
        }
        saveItems(id.value(), v.items, existing);
        heldByScreening(member, id.value(), form);
    }

    /** The list of needed items in its order: a line whose name is already an item updates it, any other is added. */
    private void saveItems(UUID campaign, List<Map.Entry<String, Integer>> lines, Map<String, Campaign.Item> existing) {
        int position = 0;
        for (Map.Entry<String, Integer> line : lines) {
            Campaign.Item old = existing.get(line.getKey());
            if (old == null) {
                jdbc.sql("INSERT INTO campaign_item (id, campaign_id, position, name, quantity) VALUES (?, ?, ?, ?, ?)")
                        .params(UUID.randomUUID(), campaign, position++, line.getKey(), line.getValue()).update();
            } else {
                jdbc.sql("UPDATE campaign_item SET position = ?, quantity = ? WHERE id = ?")
                        .params(position++, line.getValue(), old.id()).update();
            }
        }
    }

    /**
     * An automatic hold (moderation: links from new accounts, spam patterns) on the campaign's text hides it
     * until a moderator looked at it; says whether it did.
     */
    private boolean heldByScreening(MemberId member, UUID id, CampaignForm form) {
        ContentScreening screen = screening.getIfAvailable();
        if (screen != null && screen.screen("campaign", id, member.value(), form.title().strip() + "\n" + form.story().strip()).isPresent()) {
            jdbc.sql("UPDATE campaign SET hidden = true WHERE id = ?").param(id).update();
            return true;
        }
        return false;
    }

    /** What the edit form starts from: the campaign as it is, items one per line. */
    @Transactional(readOnly = true)
    public CampaignForm formOf(Campaign c) {
        StringBuilder items = new StringBuilder();
        c.items().forEach(item -> items.append(item.quantity()).append(' ').append(item.name()).append('\n'));
        return new CampaignForm(c.organisationSlug(), c.kind(), c.title(), c.story(),
                c.goal() == null ? "" : c.goal().amount().toPlainString(), c.currency().getCurrencyCode(), c.deadline(), c.caseId(),
                items.toString(), nullToBlank(c.bank().bankName()), nullToBlank(c.bank().iban()), nullToBlank(c.bank().holder()));
    }

    private static CampaignForm withDeadline(CampaignForm f, LocalDate deadline) {
        return new CampaignForm(f.organisationSlug(), f.kind(), f.title(), f.story(), f.goal(), f.currency(), deadline, f.caseId(),
                f.items(), f.bankName(), f.bankIban(), f.bankHolder());
    }

    private static String nullToBlank(String s) {
        return s == null ? "" : s;
    }

    private record Validated(Money goal, Currency currency, String iban, List<Map.Entry<String, Integer>> items) {
    }

    private Validated validate(CampaignForm form) {
        if (form.kind() == null) {
            throw new UserInputException("campaigns.kind.required");
        }
        if (form.title() == null || form.title().isBlank()) {
            throw new UserInputException("campaigns.title.required");
        }
        if (form.title().strip().length() > MAX_TITLE) {
            throw new UserInputException("campaigns.title.too-long", MAX_TITLE);
        }
        if (form.story() == null || form.story().isBlank()) {
            throw new UserInputException("campaigns.story.required");
        }
        if (form.story().length() > MAX_STORY) {
            throw new UserInputException("campaigns.story.too-long", MAX_STORY);
        }
        Money goal = null;
        Currency currency;
        if (form.kind().takesMoney()) {
            if (form.goal() == null || form.goal().isBlank()) {
                throw new UserInputException("campaigns.goal.required");
            }
            goal = Money.of(form.goal(), form.currency());
            if (!goal.isPositive()) {
                throw new UserInputException("campaigns.goal.positive");
            }
            currency = goal.currency();
        } else {
            currency = Money.ofMinor(0, form.currency() == null || form.currency().isBlank() ? "SAR" : form.currency()).currency();
        }
        if (form.deadline() != null && !form.deadline().isAfter(LocalDate.now(clock))) {
            throw new UserInputException("campaigns.deadline.future");
        }
        List<Map.Entry<String, Integer>> items = parseItems(form.items());
        if (form.kind().takesItems() && items.isEmpty()) {
            throw new UserInputException("campaigns.items.required");
        }
        if (!form.kind().takesItems() && !items.isEmpty()) {
            throw new UserInputException("campaigns.items.not-for-fundraising");
        }
        String iban = blankToNull(form.bankIban());
        if (iban != null) {
            iban = iban.replace(" ", "").toUpperCase(Locale.ROOT);
            if (!IBAN.matcher(iban).matches()) {
                throw new UserInputException("campaigns.iban.invalid");
            }
        }
        if (length(form.bankName()) > 150 || length(form.bankHolder()) > 150) {
            throw new UserInputException("campaigns.bank.too-long", 150);
        }
        return new Validated(goal, currency, iban, items);
    }

    static List<Map.Entry<String, Integer>> parseItems(String text) {
        List<Map.Entry<String, Integer>> items = new ArrayList<>();
        if (text == null) {
            return items;
        }
        for (String line : text.split("\\R")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher m = ITEM_LINE.matcher(line);
            if (!m.matches()) {
                throw new UserInputException("campaigns.items.line-invalid", line.strip());
            }
            int quantity;
            try {
                quantity = Integer.parseInt(ArabicText.westernDigits(m.group(1)));
            } catch (NumberFormatException e) {
                throw new UserInputException("campaigns.items.line-invalid", line.strip());
            }
            String name = m.group(2).strip();
            if (quantity <= 0 || quantity > 1_000_000 || name.length() > 150) {
                throw new UserInputException("campaigns.items.line-invalid", line.strip());
            }
            items.add(Map.entry(name, quantity));
        }
        if (items.size() > MAX_ITEMS) {
            throw new UserInputException("campaigns.items.too-many", MAX_ITEMS);
        }
        return items;
    }

    private static int length(String s) {
        return s == null ? 0 : s.length();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    // --- short links ---

    private static final String CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final java.security.SecureRandom RANDOM = new java.security.SecureRandom();

    /** A fresh 7-character Crockford base32 code not used by another campaign. */
    private String newShortCode() {
        while (true) {
            StringBuilder b = new StringBuilder(7);
            for (int i = 0; i < 7; i++) {
                b.append(CROCKFORD.charAt(RANDOM.nextInt(32)));
            }
            String code = b.toString();
            if (jdbc.sql("SELECT count(*) FROM campaign WHERE short_code = ?").param(code).query(Long.class).single() == 0) {
                return code;
            }
        }
    }

    /** The campaign's short code, for the short link {@code /c/{code}}. */
    @Transactional(readOnly = true)
    public Optional<String> shortCode(CampaignId id) {
        return jdbc.sql("SELECT short_code FROM campaign WHERE id = ?").param(id.value()).query(String.class).optional();
    }

    /** The campaign of a short code; Crockford's look-alikes (O, I, L) and lower case are read as what they mean. */
    @Transactional(readOnly = true)
    public Optional<CampaignId> byShortCode(String code) {
        if (code == null || code.length() < 6 || code.length() > 8) {
            return Optional.empty();
        }
        String normal = code.toUpperCase(Locale.ROOT).replace('O', '0').replace('I', '1').replace('L', '1');
        return jdbc.sql("SELECT id FROM campaign WHERE short_code = ?").param(normal).query(UUID.class).optional()
                .map(CampaignId::new);
    }

    // --- queries ---

    private static final String SELECT = """
            SELECT c.*, o.name AS organisation_name, o.slug AS organisation_slug
            FROM campaign c JOIN organisation o ON o.id = c.organisation_id""";

    @Transactional(readOnly = true)
    public Optional<Campaign> find(CampaignId id) {
        return jdbc.sql(SELECT + " WHERE c.id = ? AND NOT c.hidden").param(id.value()).query(this::row).optional()
                .map(this::withItems);
    }

    /** Open campaigns, newest first. */
    @Transactional(readOnly = true)
    public List<Campaign> open(int page, int size) {
        int safeSize = Math.clamp(size, 1, 100);
        int safePage = Math.clamp(page, 0, 10_000);
        List<Campaign> campaigns = jdbc.sql(SELECT + " WHERE c.status = 'OPEN' AND NOT c.hidden ORDER BY c.created_at DESC, c.id LIMIT ? OFFSET ?")
                .params(safeSize, safePage * safeSize).query(this::row).list();
        return withItems(campaigns);
    }

    /** An organisation's campaigns, newest first. */
    @Transactional(readOnly = true)
    public List<Campaign> ofOrganisation(OrganisationId organisation) {
        return withItems(jdbc.sql(SELECT + " WHERE c.organisation_id = ? ORDER BY c.created_at DESC")
                .param(organisation.value()).query(this::row).list());
    }

    /** Campaigns linked to a case of the cases module. */
    @Transactional(readOnly = true)
    public List<Campaign> forCase(UUID caseId) {
        return withItems(jdbc.sql(SELECT + " WHERE c.case_id = ? ORDER BY c.created_at DESC").param(caseId)
                .query(this::row).list());
    }

    /** Members of the running organisation manage its campaigns (confirm pledges, post updates, disburse). */
    @Transactional(readOnly = true)
    public boolean canManage(MemberId member, Campaign campaign) {
        return member != null && organisations.isMember(member, campaign.organisationId());
    }

    public void requireManager(MemberId member, Campaign campaign) {
        if (!canManage(member, campaign)) {
            throw new AccessDeniedException("not a member of the campaign's organisation");
        }
    }

    /** The verified organisations a member may start a campaign for. */
    @Transactional(readOnly = true)
    public List<Organisation> organisationsFor(MemberId member) {
        return organisations.membershipsOf(member).stream().map(OrganisationManagement.Membership::organisation)
                .filter(Organisation::isVerified).toList();
    }

    private Campaign row(ResultSet rs, int n) throws SQLException {
        Currency currency = Currency.getInstance(rs.getString("currency").trim());
        long goal = rs.getLong("goal_minor");
        Money goalMoney = rs.wasNull() ? null : new Money(goal, currency);
        Date deadline = rs.getDate("deadline");
        return new Campaign(new CampaignId(rs.getObject("id", UUID.class)),
                new OrganisationId(rs.getObject("organisation_id", UUID.class)), rs.getString("organisation_name"),
                rs.getString("organisation_slug"), CampaignKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("story"), goalMoney, currency, deadline == null ? null : deadline.toLocalDate(),
                rs.getObject("case_id", UUID.class), "OPEN".equals(rs.getString("status")),
                new Campaign.BankInstructions(rs.getString("bank_name"), rs.getString("bank_iban"), rs.getString("bank_holder")),
                List.of(), rs.getTimestamp("created_at").toInstant());
    }

    private Campaign withItems(Campaign c) {
        return withItems(List.of(c)).getFirst();
    }

    private List<Campaign> withItems(List<Campaign> campaigns) {
        if (campaigns.isEmpty()) {
            return campaigns;
        }
        Map<UUID, List<Campaign.Item>> items = new HashMap<>();
        jdbc.sql("SELECT * FROM campaign_item WHERE campaign_id = ANY(?) ORDER BY position")
                .param(campaigns.stream().map(c -> c.id().value()).toArray(UUID[]::new))
                .query(rs -> {
                    items.computeIfAbsent(rs.getObject("campaign_id", UUID.class), k -> new ArrayList<>())
                            .add(new Campaign.Item(rs.getObject("id", UUID.class), rs.getString("name"), rs.getInt("quantity")));
                });
        return campaigns.stream().map(c -> new Campaign(c.id(), c.organisationId(), c.organisationName(), c.organisationSlug(),
                c.kind(), c.title(), c.story(), c.goal(), c.currency(), c.deadline(), c.caseId(), c.open(), c.bank(),
                List.copyOf(items.getOrDefault(c.id().value(), List.of())), c.createdAt())).toList();
    }
}
