package org.takatuf.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.core.Money;
import org.takatuf.support.IntegrationTest;

/** The journal on the real database: balanced groups, append-only, corrections, statements, integrity. */
@IntegrationTest
class LedgerIntegrationTest {

    private static final Currency SAR = Currency.getInstance("SAR");

    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    private final UUID campaign = UUID.randomUUID();
    private final UUID organisation = UUID.randomUUID();

    private Account account(AccountKind kind) {
        return Account.ofCampaign(kind, campaign, organisation, SAR);
    }

    private static Money sar(String amount) {
        return Money.of(amount, "SAR");
    }

    private JournalGroup donation(String reference, String amount) {
        return new JournalGroup(reference, GroupKind.DONATION, "pledge", null,
                List.of(Posting.debit(account(AccountKind.FUNDS), sar(amount)),
                        Posting.credit(account(AccountKind.DONATIONS), sar(amount))));
    }

    /** kind | account kind | amount, in posting order: the readable table of house style 16. */
    private List<String> entries(String reference) {
        return jdbc.sql("""
                        SELECT g.kind || ' | ' || a.kind || ' | ' || e.amount_minor FROM ledger_entry e
                        JOIN ledger_group g ON g.id = e.group_id JOIN ledger_account a ON a.id = e.account_id
                        WHERE g.reference = ? ORDER BY e.id""")
                .param(reference).query(String.class).list();
    }

    @Test
    void aConfirmedDonationFeeAndDisbursementAreBalancedGroupsAndTheStatementReconciles() {
        String ref = "test/" + UUID.randomUUID();
        ledger.post(donation(ref + "/d1", "150.00")).orElseThrow();
        ledger.post(donation(ref + "/d2", "50.00")).orElseThrow();
        ledger.post(new JournalGroup(ref + "/fee", GroupKind.FEE, "card fee", null,
                List.of(Posting.debit(account(AccountKind.FEES), sar("4.50")),
                        Posting.credit(account(AccountKind.FUNDS), sar("4.50"))))).orElseThrow();
        ledger.post(new JournalGroup(ref + "/buy", GroupKind.DISBURSEMENT, "50 blankets", "receipt.pdf",
                List.of(Posting.debit(account(AccountKind.SPENDING), sar("120.00")),
                        Posting.credit(account(AccountKind.FUNDS), sar("120.00"))))).orElseThrow();

        assertThat(entries(ref + "/d1")).containsExactly("DONATION | FUNDS | 15000", "DONATION | DONATIONS | -15000");
        assertThat(entries(ref + "/buy")).containsExactly("DISBURSEMENT | SPENDING | 12000", "DISBURSEMENT | FUNDS | -12000");

        Statement statement = ledger.campaignStatement(campaign, SAR);
        assertThat(statement.moneyIn()).isEqualTo(sar("200.00"));
        assertThat(statement.fees()).isEqualTo(sar("4.50"));
        assertThat(statement.spent()).isEqualTo(sar("120.00"));
        assertThat(statement.balance()).isEqualTo(sar("75.50"));
        assertThat(statement.lines()).hasSize(4);
        assertThat(statement.lines()).filteredOn(l -> l.kind() == GroupKind.DISBURSEMENT)
                .singleElement().satisfies(l -> {
                    assertThat(l.amount()).isEqualTo(sar("-120.00"));
                    assertThat(l.receipt()).isEqualTo("receipt.pdf");
                });
        assertThat(statement.reconciles()).isTrue();
        assertThat(ledger.organisationStatements(organisation)).singleElement()
                .satisfies(s -> assertThat(s.balance()).isEqualTo(sar("75.50")));
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    @Test
    void postingTheSameReferenceTwiceRecordsItOnce() {
        String ref = "test/" + UUID.randomUUID();
        assertThat(ledger.post(donation(ref, "10.00"))).isPresent();
        assertThat(ledger.post(donation(ref, "10.00"))).isEmpty();
        assertThat(entries(ref)).hasSize(2);
        assertThat(ledger.balance(account(AccountKind.FUNDS))).isEqualTo(sar("10.00"));
    }

    @Test
    void anUnbalancedGroupIsRefusedBeforeAndInsideTheDatabase() {
        assertThatThrownBy(() -> new JournalGroup("x", GroupKind.DONATION, "", null,
                List.of(Posting.debit(account(AccountKind.FUNDS), sar("10.00")),
                        Posting.credit(account(AccountKind.DONATIONS), sar("9.99")))))
                .isInstanceOf(JournalGroup.UnbalancedGroupException.class);
        // written around the Java check: the deferred constraint trigger refuses it at commit
        String ref = "test/" + UUID.randomUUID();
        ledger.post(donation(ref, "1.00"));
        UUID group = UUID.randomUUID();
        assertThatThrownBy(() -> transactions.executeWithoutResult(tx -> {
            jdbc.sql("INSERT INTO ledger_group (id, reference, kind, description, posted_at) VALUES (?, ?, 'DONATION', '', now())")
                    .params(group, ref + "/raw").update();
            jdbc.sql("""
                            INSERT INTO ledger_entry (group_id, account_id, amount_minor, currency)
                            SELECT ?, id, 500, 'SAR' FROM ledger_account WHERE code = ?""")
                    .params(group, account(AccountKind.FUNDS).code()).update();
        })).isInstanceOf(DataAccessException.class).hasMessageContaining("not balanced");
        assertThat(entries(ref + "/raw")).isEmpty();
    }

    @Test
    void theDatabaseRefusesToUpdateOrDeleteEntriesAndACorrectionIsANewGroup() {
        String ref = "test/" + UUID.randomUUID();
        ledger.post(donation(ref, "30.00"));
        assertThatThrownBy(() -> jdbc.sql("UPDATE ledger_entry SET amount_minor = 1 WHERE group_id = "
                + "(SELECT id FROM ledger_group WHERE reference = ?)").param(ref).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_entry WHERE group_id = "
                + "(SELECT id FROM ledger_group WHERE reference = ?)").param(ref).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("DELETE FROM ledger_group WHERE reference = ?").param(ref).update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("TRUNCATE ledger_entry CASCADE").update())
                .isInstanceOf(DataAccessException.class).hasMessageContaining("append-only");

        assertThat(ledger.correct(ref, "entered twice")).isPresent();
        assertThat(ledger.correct(ref, "entered twice")).isEmpty();
        assertThat(entries(ref)).containsExactly("DONATION | FUNDS | 3000", "DONATION | DONATIONS | -3000");
        assertThat(entries("correction/" + ref)).containsExactly("CORRECTION | FUNDS | -3000", "CORRECTION | DONATIONS | 3000");
        Statement statement = ledger.campaignStatement(campaign, SAR);
        assertThat(statement.balance()).isEqualTo(sar("0.00"));
        assertThat(statement.lines()).hasSize(2);
        assertThat(statement.reconciles()).isTrue();
    }

    @Test
    void aDisbursementWithoutAReceiptCannotBeExpressed() {
        assertThatThrownBy(() -> new JournalGroup("x", GroupKind.DISBURSEMENT, "blankets", null,
                List.of(Posting.debit(account(AccountKind.SPENDING), sar("1.00")),
                        Posting.credit(account(AccountKind.FUNDS), sar("1.00")))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
