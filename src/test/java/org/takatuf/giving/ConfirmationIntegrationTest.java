package org.takatuf.giving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.Progress;
import org.takatuf.campaigns.ProgressSource;
import org.takatuf.core.ConflictException;
import org.takatuf.core.Money;
import org.takatuf.core.UserInputException;
import org.takatuf.giving.internal.Confirmations;
import org.takatuf.giving.internal.Disbursements;
import org.takatuf.giving.internal.Expiry;
import org.takatuf.giving.internal.Giving;
import org.takatuf.giving.internal.Pledge;
import org.takatuf.giving.internal.PledgeMethod;
import org.takatuf.giving.internal.PledgeRequest;
import org.takatuf.giving.internal.PledgeStatus;
import org.takatuf.giving.internal.Pledges;
import org.takatuf.identity.CurrentMember;
import org.takatuf.identity.Organisation;
import org.takatuf.ledger.Account;
import org.takatuf.ledger.AccountKind;
import org.takatuf.ledger.GroupKind;
import org.takatuf.ledger.JournalGroup;
import org.takatuf.ledger.Posting;
import org.takatuf.ledger.Ledger;
import org.takatuf.ledger.Statement;
import org.takatuf.platform.MailCatcher;
import org.takatuf.support.IntegrationTest;
import org.takatuf.volunteering.MutableClock;
import org.takatuf.volunteering.VolunteeringTestConfiguration;

/**
 * The organisation's side on PostgreSQL: statement import, bulk confirmation, cash QR receipts,
 * refunds, disbursements with a second approver, expiry with a reminder, and what another account
 * cannot do. Every money change is checked against the ledger, which must stay consistent.
 */
@IntegrationTest
@Import(VolunteeringTestConfiguration.class) // shares the context (and its movable clock) with the volunteering tests
class ConfirmationIntegrationTest {

    @Autowired
    MockMvc mvc;
    @Autowired
    GivingFixtures fixtures;
    @Autowired
    Giving giving;
    @Autowired
    Confirmations confirmations;
    @Autowired
    Disbursements disbursements;
    @Autowired
    Expiry expiry;
    @Autowired
    Pledges pledges;
    @Autowired
    ProgressSource progress;
    @Autowired
    Ledger ledger;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MailCatcher mail;
    @Autowired
    MutableClock clock;
    @Autowired
    TransactionTemplate transactions;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Setup(CurrentMember organiser, Organisation organisation, Campaign campaign, CurrentMember donor) {
    }

    Setup setup() {
        CurrentMember organiser = fixtures.member("منظّم");
        Organisation org = fixtures.verifiedOrganisation(organiser);
        return new Setup(organiser, org, fixtures.fundraising(organiser, org, "20000"), fixtures.member("متبرع"));
    }

    Pledge pledge(Setup s, CurrentMember donor, PledgeMethod method, String amount, boolean anonymous) {
        return pledge(s, donor, method, amount, anonymous, null);
    }

    Pledge pledge(Setup s, CurrentMember donor, PledgeMethod method, String amount, boolean anonymous, String referral) {
        UUID id = giving.pledge(donor.id(), GivingFixtures.key(), new PledgeRequest(s.campaign().id().value(), method, amount,
                null, null, anonymous, null, referral)).pledgeId();
        return pledges.find(id).orElseThrow();
    }

    Statement statement(Setup s) {
        return ledger.campaignStatement(s.campaign().id().value(), s.campaign().currency());
    }

    @Test
    void aBankStatementImportConfirmsMatchingTransfersOnceAndListsTheRest() {
        Setup s = setup();
        Pledge a = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "100", false);
        Pledge b = pledge(s, fixtures.member("متبرعة"), PledgeMethod.BANK_TRANSFER, "50", true);
        Pledge c = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "30", false);
        Pledge untouched = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "999", false);
        String csv = "Date,Description,Amount\n"
                + "2026-11-20,\"Transfer " + a.reference() + " from Ahmad\",100.00\n"
                + "2026-11-20,donation " + b.reference().toLowerCase().replace("-", " ") + ",50\n"
                + "2026-11-21,\"حوالة " + c.reference() + "\",35.00\n"
                + "2026-11-21,Bank fee,-2.00\n"
                + "2026-11-21,TK-ZZZZ-ZZZZ unknown,10\n";
        byte[] bytes = csv.getBytes(StandardCharsets.UTF_8);
        String key = GivingFixtures.key();
        Confirmations.ImportResult result = confirmations.importStatement(s.organiser().id(), s.campaign().id().value(), bytes, key);
        assertThat(result.confirmed()).isEqualTo(3);
        assertThat(result.lines()).extracting(Confirmations.ImportLine::outcome)
                .containsExactly("confirmed", "confirmed", "confirmed-other-amount", "debit", "unmatched");

        assertThat(pledges.find(a.id()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(pledges.find(untouched.id()).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);
        Statement statement = statement(s);
        assertThat(statement.moneyIn()).isEqualTo(Money.of("185", "SAR"));
        assertThat(statement.lines()).extracting(Statement.Line::kind).containsOnly(GroupKind.DONATION).hasSize(3);
        assertThat(statement.reconciles()).isTrue();

        // the same file with the same key replays; with another key it finds everything already confirmed
        assertThat(confirmations.importStatement(s.organiser().id(), s.campaign().id().value(), bytes, key)).isEqualTo(result);
        Confirmations.ImportResult again = confirmations.importStatement(s.organiser().id(), s.campaign().id().value(), bytes,
                GivingFixtures.key());
        assertThat(again.confirmed()).isZero();
        assertThat(again.lines()).extracting(Confirmations.ImportLine::outcome).startsWith("already-confirmed", "already-confirmed",
                "already-confirmed");
        assertThat(statement(s).moneyIn()).isEqualTo(Money.of("185", "SAR"));

        Progress p = progress.progress(List.of(s.campaign())).get(s.campaign().id());
        assertThat(p.raised()).isEqualTo(Money.of("185", "SAR"));
        assertThat(p.pledged()).isEqualTo(Money.of("1184", "SAR")); // 100 + 50 + 35 (what arrived) + 999 still pledged
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    @Test
    void aStatementWithoutTheNeededColumnsOrNotCsvIsALocalisedRefusal() {
        Setup s = setup();
        assertThatThrownBy(() -> confirmations.importStatement(s.organiser().id(), s.campaign().id().value(),
                "a,b\n1,2\n".getBytes(StandardCharsets.UTF_8), GivingFixtures.key()))
                .isInstanceOf(UserInputException.class).hasMessage("giving.import.columns");
        assertThatThrownBy(() -> confirmations.importStatement(s.organiser().id(), s.campaign().id().value(), new byte[0],
                GivingFixtures.key())).isInstanceOf(UserInputException.class).hasMessage("giving.import.empty");
    }

    @Test
    void bulkConfirmationThroughTheFormIsIdempotentAndAnotherAccountCannotTouchIt() throws Exception {
        Setup s = setup();
        Pledge a = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "20", false);
        Pledge b = pledge(s, s.donor(), PledgeMethod.CASH, "30", false);
        CurrentMember stranger = fixtures.member("غريب");

        // another account: cannot see the pledge, the management page or confirm
        assertThat(mvc.perform(get("/pledges/{id}", a.id()).with(user(stranger))).andReturn().getResponse().getStatus()).isEqualTo(404);
        assertThat(mvc.perform(get("/campaigns/{id}/manage", s.campaign().id().value()).with(user(stranger))).andReturn()
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(mvc.perform(post("/campaigns/{id}/manage/confirm", s.campaign().id().value()).with(user(stranger)).with(csrf())
                .param("pledge", a.id().toString()).param("key", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);
        // without CSRF nothing happens
        assertThat(mvc.perform(post("/campaigns/{id}/manage/confirm", s.campaign().id().value()).with(user(s.organiser()))
                .param("pledge", a.id().toString()).param("key", "x")).andReturn().getResponse().getStatus()).isEqualTo(403);

        assertThat(mvc.perform(get("/pledges/{id}", a.id()).with(user(s.donor()))).andReturn().getResponse().getContentAsString())
                .contains(a.reference()).contains(GivingFixtures.IBAN);
        String key = GivingFixtures.key();
        for (int i = 0; i < 2; i++) { // a double submit
            MvcResult r = mvc.perform(post("/campaigns/{id}/manage/confirm", s.campaign().id().value()).with(user(s.organiser()))
                    .with(csrf()).param("pledge", a.id().toString(), b.id().toString()).param("key", key)).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(302);
        }
        assertThat(pledges.find(a.id()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(pledges.find(b.id()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(statement(s).moneyIn()).isEqualTo(Money.of("50", "SAR"));
        assertThat(statement(s).lines()).hasSize(2);
        // the same key for another choice of pledges is a 422
        assertThat(mvc.perform(post("/campaigns/{id}/manage/confirm", s.campaign().id().value()).with(user(s.organiser()))
                .with(csrf()).param("pledge", a.id().toString()).param("key", key)).andReturn().getResponse().getStatus()).isEqualTo(422);
    }

    @Test
    void aCashPledgeIsConfirmedByACollectorWithTheSignedQrReceiptOnly() {
        Setup s = setup();
        Pledge cash = pledge(s, s.donor(), PledgeMethod.CASH, "40", false);
        String signature = confirmations.receiptSignature(cash);
        assertThatThrownBy(() -> confirmations.collect(s.organiser().id(), cash.id(), signature.replace(signature.charAt(0), 'x')))
                .isInstanceOf(UserInputException.class);
        assertThatThrownBy(() -> confirmations.collect(s.donor().id(), cash.id(), signature))
                .isInstanceOf(AccessDeniedException.class);
        confirmations.collect(s.organiser().id(), cash.id(), signature);
        confirmations.collect(s.organiser().id(), cash.id(), signature); // scanned twice
        assertThat(pledges.find(cash.id()).orElseThrow().status()).isEqualTo(PledgeStatus.CONFIRMED);
        assertThat(statement(s).moneyIn()).isEqualTo(Money.of("40", "SAR"));
        assertThat(statement(s).lines()).hasSize(1);
    }

    @Test
    void theDonorDownloadsTheReceiptOfAConfirmedGiftInArabicOrEnglishAndNobodyElseCan() throws Exception {
        Setup s = setup();
        Pledge p = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "45", false);
        assertThat(mvc.perform(get("/pledges/{id}/receipt.pdf", p.id()).with(user(s.donor()))).andReturn().getResponse()
                .getStatus()).isEqualTo(404); // not confirmed yet
        confirmations.confirm(s.organiser().id(), s.campaign().id().value(), List.of(p.id()), GivingFixtures.key());
        for (String lang : List.of("ar", "en")) {
            MvcResult r = mvc.perform(get("/pledges/{id}/receipt.pdf", p.id()).param("lang", lang).with(user(s.donor()))).andReturn();
            assertThat(r.getResponse().getStatus()).isEqualTo(200);
            try (org.apache.pdfbox.pdmodel.PDDocument pdf = org.apache.pdfbox.Loader.loadPDF(r.getResponse().getContentAsByteArray())) {
                assertThat(pdf.getNumberOfPages()).isEqualTo(1);
                String text = new org.apache.pdfbox.text.PDFTextStripper().getText(pdf);
                assertThat(text).contains(p.reference());
                if (lang.equals("en")) {
                    assertThat(text).contains("Donation receipt").contains("45.00");
                }
            }
        }
        assertThat(mvc.perform(get("/pledges/{id}/receipt.pdf", p.id()).with(user(fixtures.member("غريب")))).andReturn()
                .getResponse().getStatus()).isEqualTo(404);
    }

    @Test
    void aRefundIsANewLedgerGroupAndTheTotalsStillEqualTheSums() {
        Setup s = setup();
        Pledge p = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "60", false);
        assertThatThrownBy(() -> confirmations.refund(s.organiser().id(), p.id(), GivingFixtures.key()))
                .isInstanceOf(ConflictException.class);
        confirmations.confirm(s.organiser().id(), s.campaign().id().value(), List.of(p.id()), GivingFixtures.key());
        String key = GivingFixtures.key();
        confirmations.refund(s.organiser().id(), p.id(), key);
        confirmations.refund(s.organiser().id(), p.id(), key);
        assertThat(pledges.find(p.id()).orElseThrow().status()).isEqualTo(PledgeStatus.REFUNDED);
        Statement statement = statement(s);
        assertThat(statement.moneyIn()).isEqualTo(Money.of("60", "SAR"));
        assertThat(statement.refunded()).isEqualTo(Money.of("60", "SAR"));
        assertThat(statement.balance()).isEqualTo(Money.of("0", "SAR"));
        assertThat(statement.reconciles()).isTrue();
        assertThat(progress.progress(List.of(s.campaign())).get(s.campaign().id()).pledged().minorUnits()).isZero();
    }

    static byte[] receiptImage() throws Exception {
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    @Test
    void aDisbursementNeedsAReceiptAndASecondApproverAndThenShowsOnThePublicPage() throws Exception {
        Setup s = setup();
        CurrentMember second = fixtures.member("عضو ثان");
        fixtures.join(s.organisation(), second);
        Pledge p = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "500", false);
        confirmations.confirm(s.organiser().id(), s.campaign().id().value(), List.of(p.id()), GivingFixtures.key());

        assertThatThrownBy(() -> disbursements.request(s.organiser().id(), s.campaign().id().value(), "120", "50 بطانية", null,
                GivingFixtures.key())).isInstanceOf(UserInputException.class).hasMessage("giving.disbursement.receipt.required");
        assertThatThrownBy(() -> disbursements.request(s.organiser().id(), s.campaign().id().value(), "120", "50 بطانية",
                "not an image".getBytes(StandardCharsets.UTF_8), GivingFixtures.key())).isInstanceOf(UserInputException.class);

        MvcResult recorded = mvc.perform(multipart("/campaigns/{id}/disbursements", s.campaign().id().value())
                .file(new MockMultipartFile("receipt", "receipt.png", "image/png", receiptImage()))
                .param("amount", "120").param("description", "50 بطانية شتوية").param("key", GivingFixtures.key())
                .with(user(s.organiser())).with(csrf())).andReturn();
        assertThat(recorded.getResponse().getStatus()).isEqualTo(302);
        Disbursements.Disbursement d = disbursements.ofCampaign(s.organiser().id(), s.campaign().id().value()).getFirst();
        assertThat(statement(s).spent().minorUnits()).isZero(); // not in the ledger before the second approval

        assertThatThrownBy(() -> disbursements.approve(s.organiser().id(), s.campaign().id().value(), d.id()))
                .isInstanceOf(AccessDeniedException.class);
        disbursements.approve(second.id(), s.campaign().id().value(), d.id());
        disbursements.approve(second.id(), s.campaign().id().value(), d.id()); // a double submit

        Statement statement = statement(s);
        assertThat(statement.spent()).isEqualTo(Money.of("120", "SAR"));
        assertThat(statement.balance()).isEqualTo(Money.of("380", "SAR"));
        Statement.Line line = statement.lines().stream().filter(l -> l.kind() == GroupKind.DISBURSEMENT).findFirst().orElseThrow();
        String page = mvc.perform(get("/campaigns/{id}/ledger", s.campaign().id().value()).header("Accept-Language", "ar"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("50 بطانية شتوية").contains("/ledger/receipts/" + line.groupId()).contains(s.donor().displayName())
                .contains("المجاميع تساوي مجموع القيود");
        MvcResult receipt = mvc.perform(get("/campaigns/{id}/ledger/receipts/{g}", s.campaign().id().value(), line.groupId())).andReturn();
        assertThat(receipt.getResponse().getStatus()).isEqualTo(200);
        assertThat(receipt.getResponse().getContentType()).startsWith("image/");
        assertThat(mvc.perform(get("/ledger/organisations/{slug}", s.organisation().getSlug())).andReturn().getResponse()
                .getContentAsString()).contains("50 بطانية شتوية").contains(s.campaign().title());

        // more than the campaign holds cannot be approved
        disbursements.request(s.organiser().id(), s.campaign().id().value(), "1000", "كثير", receiptImage(), GivingFixtures.key());
        Disbursements.Disbursement big = disbursements.ofCampaign(s.organiser().id(), s.campaign().id().value()).stream()
                .filter(x -> !x.approved()).findFirst().orElseThrow();
        assertThatThrownBy(() -> disbursements.approve(second.id(), s.campaign().id().value(), big.id()))
                .isInstanceOf(ConflictException.class);
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    @Test
    void theTransparencyPageShowsTheNewestEntriesAndCountsTheOlderOnesInItsTotals() throws Exception {
        Setup s = setup();
        Campaign c = s.campaign();
        Account funds = Account.ofCampaign(AccountKind.FUNDS, c.id().value(), c.organisationId().value(), c.currency());
        Account donations = Account.ofCampaign(AccountKind.DONATIONS, c.id().value(), c.organisationId().value(), c.currency());
        Money amount = Money.of("1", "SAR");
        transactions.executeWithoutResult(t -> {
            for (int i = 0; i < 503; i++) {
                ledger.post(new JournalGroup("test/" + c.id().value() + "/" + i, GroupKind.DONATION, "TK-TEST-" + i, null,
                        List.of(Posting.debit(funds, amount), Posting.credit(donations, amount))));
            }
        });
        Pledge p = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "70", false);
        confirmations.confirm(s.organiser().id(), c.id().value(), List.of(p.id()), GivingFixtures.key());

        String page = mvc.perform(get("/campaigns/{id}/ledger", c.id().value()).header("Accept-Language", "en"))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("The newest 500 entries are shown; 4 older entries are in the totals above.")
                .contains(s.donor().displayName()) // the newest line is the confirmed pledge, named
                .contains("The totals equal the sum of the entries.");
        assertThat(page.split("<tr>", -1)).hasSize(1 + 1 + 500); // before the table, its header row, 500 lines
        assertThat(mvc.perform(get("/campaigns/{id}/ledger", c.id().value()).header("Accept-Language", "ar"))
                .andReturn().getResponse().getContentAsString()).contains("حركات أقدم محسوبة في المجاميع أعلاه");
        assertThat(progress.progress(List.of(c)).get(c.id()).raised()).isEqualTo(Money.of("573", "SAR"));
        assertThat(ledger.campaignStatement(c.id().value(), c.currency()).reconciles()).isTrue();
        assertThat(ledger.checkIntegrity()).isEmpty();
    }

    @Test
    void anAnonymousGiftIsHiddenOnThePublicPageButKnownToTheOrganisation() throws Exception {
        Setup s = setup();
        CurrentMember shy = fixtures.member("متبرع خجول");
        Pledge p = pledge(s, shy, PledgeMethod.BANK_TRANSFER, "70", true);
        confirmations.confirm(s.organiser().id(), s.campaign().id().value(), List.of(p.id()), GivingFixtures.key());
        String page = mvc.perform(get("/campaigns/{id}/ledger", s.campaign().id().value())).andReturn().getResponse()
                .getContentAsString();
        assertThat(page).doesNotContain(shy.displayName()).contains("متبرع مجهول");
        String manage = mvc.perform(get("/campaigns/{id}/manage", s.campaign().id().value()).with(user(s.organiser())))
                .andReturn().getResponse().getContentAsString();
        assertThat(manage).contains(shy.displayName());
    }

    @Test
    void anUnconfirmedPledgeIsRemindedBeforeItExpiresAndTheDonorIsToldWhenItDoes() {
        Setup s = setup();
        Pledge p = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "25", false);
        clock.advance(Duration.ofDays(4));
        expiry.run();
        assertThat(pledges.find(p.id()).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);
        assertThat(mail.messagesTo(s.donor().email())).noneMatch(m -> m.subject().contains(s.campaign().title()));

        clock.advance(Duration.ofDays(2)); // within two days of the deadline: the reminder
        expiry.run();
        assertThat(mail.messagesTo(s.donor().email())).filteredOn(m -> m.subject().startsWith("تذكير")).hasSize(1);
        assertThat(pledges.find(p.id()).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);

        clock.advance(Duration.ofDays(2));
        expiry.run();
        assertThat(pledges.find(p.id()).orElseThrow().status()).isEqualTo(PledgeStatus.EXPIRED);
        assertThat(mail.messagesTo(s.donor().email())).filteredOn(m -> m.subject().startsWith("انتهى")).hasSize(1);
        assertThat(progress.progress(List.of(s.campaign())).get(s.campaign().id()).pledged().minorUnits()).isZero();
    }

    @Test
    void theReferralReportFollowsPledgesInAndOutOfExpiry() {
        Setup s = setup();
        UUID campaign = s.campaign().id().value();
        UUID a = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "25", false, "whatsapp").id();
        UUID b = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "40", false, "whatsapp").id();
        UUID c = pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "10", false, "facebook").id();
        pledge(s, s.donor(), PledgeMethod.BANK_TRANSFER, "99", false); // no referral: not in the report
        assertThat(pledges.referrals(campaign)).containsExactly(new Pledges.Referral("whatsapp", 2, 6500),
                new Pledges.Referral("facebook", 1, 1000));

        clock.advance(Duration.ofDays(6));
        expiry.run(); // reminders
        confirmations.confirm(s.organiser().id(), campaign, List.of(b, c), GivingFixtures.key()); // no change to the report
        clock.advance(Duration.ofDays(2));
        expiry.run();
        assertThat(pledges.find(a).orElseThrow().status()).isEqualTo(PledgeStatus.EXPIRED);
        assertThat(pledges.referrals(campaign)).containsExactly(new Pledges.Referral("facebook", 1, 1000),
                new Pledges.Referral("whatsapp", 1, 4000)); // as many pledges: by name

        // whatever moves a pledge back out of expiry (a late transfer, a card checkout completing) counts it again
        jdbc.sql("UPDATE pledge SET status = 'CONFIRMED' WHERE id = ?").param(a).update();
        assertThat(pledges.referrals(campaign)).containsExactly(new Pledges.Referral("whatsapp", 2, 6500),
                new Pledges.Referral("facebook", 1, 1000));
        // the report equals what the pledges themselves say
        assertThat(jdbc.sql("""
                        SELECT referral || ' ' || count(*) || ' ' || coalesce(sum(amount_minor), 0) FROM pledge
                        WHERE campaign_id = ? AND referral IS NOT NULL AND status <> 'EXPIRED' GROUP BY referral ORDER BY count(*) DESC, 1""")
                .param(campaign).query(String.class).list()).containsExactly("whatsapp 2 6500", "facebook 1 1000");
    }

    @Test
    void aPledgeNeverRemindedDoesNotExpireSilently() {
        Setup s = setup();
        Pledge p = pledge(s, s.donor(), PledgeMethod.CASH, "25", false);
        clock.advance(Duration.ofDays(30)); // the scheduler was down for weeks
        expiry.run();
        assertThat(pledges.find(p.id()).orElseThrow().status()).isEqualTo(PledgeStatus.PLEDGED);
        assertThat(mail.messagesTo(s.donor().email())).filteredOn(m -> m.subject().startsWith("تذكير")).hasSize(1);
        clock.advance(Duration.ofDays(2));
        expiry.run();
        assertThat(pledges.find(p.id()).orElseThrow().status()).isEqualTo(PledgeStatus.EXPIRED);
    }
}
