package org.takatuf.ledger;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Currency;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.Money;

/**
 * The journal. Writes are append-only (the database refuses UPDATE, DELETE and TRUNCATE, and checks
 * at commit that every group balances); reads are statements built from the entries themselves.
 * Plain JDBC: this is the hot path of money (architecture.md, persistence).
 */
@Service
public class Ledger {

    private final JdbcClient jdbc;
    private final Clock clock;

    Ledger(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Posts a balanced group inside the caller's transaction (or a new one). Returns its id, or empty
     * when a group with the same reference was already posted: posting is idempotent by reference.
     */
    @Transactional(propagation = Propagation.REQUIRED)
    public Optional<UUID> post(JournalGroup group) {
        return post(group, null);
    }

    /**
     * Reverses an earlier group with a new CORRECTION group of the negated postings; the original stays.
     * Empty when that correction was already posted.
     */
    @Transactional
    public Optional<UUID> correct(String originalReference, String description) {
        Map<String, Object> original = jdbc.sql("SELECT id FROM ledger_group WHERE reference = ?")
                .param(originalReference).query().singleRow();
        UUID originalId = (UUID) original.get("id");
        List<Posting> reversed = jdbc.sql("""
                        SELECT a.code, a.kind, a.campaign_id, a.organisation_id, a.currency, e.amount_minor
                        FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE e.group_id = ? ORDER BY e.id""")
                .param(originalId)
                .query((rs, n) -> {
                    Currency currency = Currency.getInstance(rs.getString("currency"));
                    Account account = new Account(rs.getString("code"), AccountKind.valueOf(rs.getString("kind")),
                            rs.getObject("campaign_id", UUID.class), rs.getObject("organisation_id", UUID.class), currency);
                    return new Posting(account, new Money(-rs.getLong("amount_minor"), currency));
                }).list();
        return post(new JournalGroup("correction/" + originalReference, GroupKind.CORRECTION, description, null, reversed),
                originalId);
    }

    private Optional<UUID> post(JournalGroup group, UUID corrects) {
        UUID id = UUID.randomUUID();
        int inserted = jdbc.sql("""
                        INSERT INTO ledger_group (id, reference, kind, description, receipt, corrects, posted_at)
                        VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (reference) DO NOTHING""")
                .params(id, group.reference(), group.kind().name(), group.description(), group.receipt(), corrects,
                        Timestamp.from(clock.instant()))
                .update();
        if (inserted == 0) {
            return Optional.empty();
        }
        for (Posting posting : group.postings()) {
            jdbc.sql("INSERT INTO ledger_entry (group_id, account_id, amount_minor, currency) VALUES (?, ?, ?, ?)")
                    .params(id, accountId(posting.account()), posting.amount().minorUnits(),
                            posting.amount().currency().getCurrencyCode())
                    .update();
        }
        return Optional.of(id);
    }

    private long accountId(Account account) {
        jdbc.sql("""
                        INSERT INTO ledger_account (code, kind, campaign_id, organisation_id, currency)
                        VALUES (?, ?, ?, ?, ?) ON CONFLICT (code) DO NOTHING""")
                .params(account.code(), account.kind().name(), account.campaignId(), account.organisationId(),
                        account.currency().getCurrencyCode())
                .update();
        return jdbc.sql("SELECT id FROM ledger_account WHERE code = ?").param(account.code()).query(Long.class).single();
    }

    /** Whether a group with this reference exists. */
    @Transactional(readOnly = true)
    public boolean isPosted(String reference) {
        return jdbc.sql("SELECT count(*) FROM ledger_group WHERE reference = ?").param(reference).query(Long.class).single() > 0;
    }

    /**
     * The sum of an account's entries, read from its roll-up ({@code ledger_balance}), which the entries' own insert
     * moves in the same statement; {@link #checkIntegrity()} compares the two.
     */
    @Transactional(readOnly = true)
    public Money balance(Account account) {
        long sum = jdbc.sql("""
                        SELECT coalesce(sum(b.debits_minor + b.credits_minor), 0) FROM ledger_balance b
                        JOIN ledger_account a ON a.id = b.account_id WHERE a.code = ?""")
                .param(account.code()).query(Long.class).single();
        return new Money(sum, account.currency());
    }

    /** The statement of one campaign in its currency, with every line. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Statement campaignStatement(UUID campaignId, Currency currency) {
        return campaignStatement(campaignId, currency, Integer.MAX_VALUE);
    }

    /**
     * The statement of one campaign in its currency with its newest {@code newestLines} lines: a page shows a
     * campaign with 300,000 confirmed pledges without reading them all (docs/performance.md).
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public Statement campaignStatement(UUID campaignId, Currency currency, int newestLines) {
        return statement("a.campaign_id = ?", campaignId, currency, newestLines);
    }

    /** The statements of an organisation's campaigns, one per currency it has accounts in, with every line. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Statement> organisationStatements(UUID organisationId) {
        return organisationStatements(organisationId, Integer.MAX_VALUE);
    }

    /** The statements of an organisation's campaigns, each with its newest {@code newestLines} lines. */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<Statement> organisationStatements(UUID organisationId, int newestLines) {
        return jdbc.sql("SELECT DISTINCT currency FROM ledger_account WHERE organisation_id = ? ORDER BY currency")
                .param(organisationId).query(String.class).list().stream()
                .map(c -> statement("a.organisation_id = ?", organisationId, Currency.getInstance(c), newestLines)).toList();
    }

    /**
     * Its two queries read one snapshot (its callers run in REPEATABLE READ): a confirmation committed between them
     * would make the totals and the lines disagree.
     */
    private Statement statement(String scope, UUID owner, Currency currency, int newestLines) {
        Map<AccountKind, Long> totals = new EnumMap<>(AccountKind.class);
        long[] donationsIn = {0};
        long[] donationsBack = {0};
        long[] fundsEntries = {0};
        // the totals from the accounts' roll-ups...
        jdbc.sql("""
                        SELECT a.kind, sum(b.credits_minor) AS credits, sum(b.debits_minor) AS debits, sum(b.entries) AS entries
                        FROM ledger_balance b JOIN ledger_account a ON a.id = b.account_id
                        WHERE %s AND a.currency = ? GROUP BY a.kind""".formatted(scope))
                .params(owner, currency.getCurrencyCode())
                .query(rs -> {
                    AccountKind kind = AccountKind.valueOf(rs.getString("kind"));
                    long credits = rs.getLong("credits");
                    long debits = rs.getLong("debits");
                    totals.put(kind, credits + debits);
                    if (kind == AccountKind.DONATIONS) {
                        donationsIn[0] = -credits;
                        donationsBack[0] = debits;
                    }
                    if (kind == AccountKind.FUNDS) {
                        fundsEntries[0] = rs.getLong("entries");
                    }
                });
        // ...and the lines from the entries one by one, newest first (as the journal recorded them), each funds account
        // read from the end of its index, so that reconciles() compares two computations when the lines are complete
        Map<UUID, Statement.Line> lines = new LinkedHashMap<>();
        int[] read = {0};
        jdbc.sql("""
                        SELECT g.id, g.reference, g.kind, g.description, g.receipt, g.posted_at, a.campaign_id, e.amount_minor
                        FROM ledger_account a
                        CROSS JOIN LATERAL (SELECT e.id, e.group_id, e.amount_minor FROM ledger_entry e
                                            WHERE e.account_id = a.id ORDER BY e.id DESC LIMIT ?) e
                        JOIN ledger_group g ON g.id = e.group_id
                        WHERE %s AND a.currency = ? AND a.kind = 'FUNDS' ORDER BY e.id DESC LIMIT ?""".formatted(scope))
                .params(newestLines, owner, currency.getCurrencyCode(), newestLines)
                .query(rs -> {
                    read[0]++;
                    UUID id = rs.getObject("id", UUID.class);
                    Money amount = new Money(rs.getLong("amount_minor"), currency);
                    lines.merge(id, new Statement.Line(id, rs.getString("reference"), GroupKind.valueOf(rs.getString("kind")),
                                    rs.getString("description"), rs.getString("receipt"), rs.getTimestamp("posted_at").toInstant(),
                                    amount, rs.getObject("campaign_id", UUID.class)),
                            (a, b) -> new Statement.Line(a.groupId(), a.reference(), a.kind(), a.description(), a.receipt(),
                                    a.postedAt(), a.amount().plus(b.amount()), a.campaignId()));
                });
        return new Statement(currency, new Money(donationsIn[0], currency), new Money(donationsBack[0], currency),
                new Money(totals.getOrDefault(AccountKind.FEES, 0L), currency),
                new Money(totals.getOrDefault(AccountKind.SPENDING, 0L), currency),
                new Money(totals.getOrDefault(AccountKind.FUNDS, 0L), currency), new ArrayList<>(lines.values()),
                Math.max(0, fundsEntries[0] - read[0]));
    }

    /** The stored receipt name of a disbursement group of this campaign, if there is one. */
    @Transactional(readOnly = true)
    public Optional<String> receipt(UUID campaignId, UUID groupId) {
        return jdbc.sql("""
                        SELECT DISTINCT g.receipt FROM ledger_group g JOIN ledger_entry e ON e.group_id = g.id
                        JOIN ledger_account a ON a.id = e.account_id WHERE g.id = ? AND a.campaign_id = ? AND g.receipt IS NOT NULL""")
                .params(groupId, campaignId).query(String.class).optional();
    }

    /**
     * Every invariant of the journal: no unbalanced group, no group without entries, no entry without
     * its group or account, no entry in another currency than its account, every account's roll-up equal to the
     * sums of its entries, and for every campaign the statement's totals (from the roll-ups) equal the sums of its
     * lines (from the entries). Empty when all hold.
     */
    @Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
    public List<IntegrityProblem> checkIntegrity() {
        List<IntegrityProblem> problems = new ArrayList<>();
        jdbc.sql("SELECT group_id FROM ledger_entry GROUP BY group_id, currency HAVING sum(amount_minor) <> 0")
                .query(UUID.class).list()
                .forEach(g -> problems.add(new IntegrityProblem(IntegrityProblem.Kind.UNBALANCED_GROUP, g.toString())));
        jdbc.sql("SELECT g.reference FROM ledger_group g WHERE NOT EXISTS (SELECT 1 FROM ledger_entry e WHERE e.group_id = g.id)")
                .query(String.class).list()
                .forEach(r -> problems.add(new IntegrityProblem(IntegrityProblem.Kind.EMPTY_GROUP, r)));
        jdbc.sql("""
                        SELECT e.id FROM ledger_entry e
                        WHERE NOT EXISTS (SELECT 1 FROM ledger_group g WHERE g.id = e.group_id)
                           OR NOT EXISTS (SELECT 1 FROM ledger_account a WHERE a.id = e.account_id)""")
                .query(Long.class).list()
                .forEach(e -> problems.add(new IntegrityProblem(IntegrityProblem.Kind.ORPHAN_ENTRY, e.toString())));
        jdbc.sql("SELECT e.id FROM ledger_entry e JOIN ledger_account a ON a.id = e.account_id WHERE a.currency <> e.currency")
                .query(Long.class).list()
                .forEach(e -> problems.add(new IntegrityProblem(IntegrityProblem.Kind.CURRENCY_MISMATCH, e.toString())));
        jdbc.sql("""
                        SELECT a.code FROM ledger_account a
                        LEFT JOIN (SELECT account_id, sum(amount_minor) FILTER (WHERE amount_minor > 0) AS debits,
                                          sum(amount_minor) FILTER (WHERE amount_minor < 0) AS credits, count(*) AS entries
                                   FROM ledger_entry GROUP BY account_id) e ON e.account_id = a.id
                        LEFT JOIN (SELECT account_id, sum(debits_minor) AS debits, sum(credits_minor) AS credits,
                                          sum(entries) AS entries
                                   FROM ledger_balance GROUP BY account_id) b ON b.account_id = a.id
                        WHERE coalesce(e.debits, 0) <> coalesce(b.debits, 0) OR coalesce(e.credits, 0) <> coalesce(b.credits, 0)
                           OR coalesce(e.entries, 0) <> coalesce(b.entries, 0)
                        ORDER BY a.code""")
                .query(String.class).list()
                .forEach(a -> problems.add(new IntegrityProblem(IntegrityProblem.Kind.BALANCE_DIFFERS_FROM_ENTRIES, a)));
        jdbc.sql("SELECT DISTINCT campaign_id, currency FROM ledger_account WHERE campaign_id IS NOT NULL")
                .query((rs, n) -> Map.entry(rs.getObject(1, UUID.class), Currency.getInstance(rs.getString(2)))).list()
                .forEach(scope -> {
                    if (!campaignStatement(scope.getKey(), scope.getValue()).reconciles()) {
                        problems.add(new IntegrityProblem(IntegrityProblem.Kind.TOTALS_DIFFER_FROM_SUMS,
                                scope.getKey() + " " + scope.getValue()));
                    }
                });
        return problems;
    }
}
