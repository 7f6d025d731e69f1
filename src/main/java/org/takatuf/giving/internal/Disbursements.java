package org.takatuf.giving.internal;

import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.ConflictException;
import org.takatuf.core.Money;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.Sha256;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
import org.takatuf.identity.MemberId;
import org.takatuf.ledger.Account;
import org.takatuf.ledger.AccountKind;
import org.takatuf.ledger.Ledger;

/**
 * Money out of a campaign: a member of the organisation records what was bought with a receipt (photo
 * or PDF; images are re-encoded without their metadata); a second, different member approves it, and
 * only then is it a DISBURSEMENT group in the ledger. It cannot spend more than the campaign holds.
 */
@Service
public class Disbursements {

    static final String AREA = "receipts";
    static final int MAX_DESCRIPTION = 500;

    private final Confirmations confirmations;
    private final Donations donations;
    private final Ledger ledger;
    private final IdempotentCalls idempotent;
    private final FileStorage files;
    private final JdbcClient jdbc;
    private final Clock clock;

    Disbursements(Confirmations confirmations, Donations donations, Ledger ledger, IdempotentCalls idempotent, FileStorage files,
                  JdbcClient jdbc, Clock clock) {
        this.confirmations = confirmations;
        this.donations = donations;
        this.ledger = ledger;
        this.idempotent = idempotent;
        this.files = files;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A disbursement as its organisation sees it. */
    public record Disbursement(UUID id, UUID campaignId, Money amount, String description, String receiptName,
                               String receiptContentType, UUID requestedBy, String requestedByName, Instant requestedAt,
                               UUID approvedBy, Instant approvedAt) {
        public boolean approved() {
            return approvedBy != null;
        }
    }

    @Transactional
    public IdempotentCalls.Stored request(MemberId member, UUID campaignId, String amount, String description, byte[] receipt,
                                          String key) {
        Campaign campaign = confirmations.managed(member, campaignId);
        if (description == null || description.isBlank()) {
            throw new UserInputException("giving.disbursement.description.required");
        }
        if (description.strip().length() > MAX_DESCRIPTION) {
            throw new UserInputException("giving.disbursement.description.too-long", MAX_DESCRIPTION);
        }
        if (amount == null || amount.isBlank()) {
            throw new UserInputException("giving.amount.required");
        }
        Money money = Money.of(amount, campaign.currency().getCurrencyCode());
        if (!money.isPositive()) {
            throw new UserInputException("giving.amount.positive");
        }
        if (receipt == null || receipt.length == 0) {
            throw new UserInputException("giving.disbursement.receipt.required");
        }
        String hash = Sha256.hex("disburse|" + campaignId + "|" + money + "|" + description.strip() + "|"
                + Sha256.hex(java.util.HexFormat.of().formatHex(receipt)));
        return idempotent.run(member, key, hash, () -> {
            Uploads.Kind kind = Uploads.check(receipt, Uploads.Kind.PDF, Uploads.Kind.JPEG, Uploads.Kind.PNG);
            byte[] bytes = receipt;
            if (kind != Uploads.Kind.PDF) {
                Uploads.Reencoded clean = Uploads.reencodeImage(receipt);
                bytes = clean.bytes();
                kind = clean.kind();
            }
            String stored = files.store(AREA, bytes, kind.extension);
            UUID id = UUID.randomUUID();
            jdbc.sql("""
                            INSERT INTO disbursement (id, campaign_id, amount_minor, currency, description, receipt_name,
                                                      receipt_content_type, requested_by, requested_at)
                            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(id, campaignId, money.minorUnits(), money.currency().getCurrencyCode(), description.strip(), stored,
                            kind.contentType, member.value(), Timestamp.from(clock.instant())).update();
            return new IdempotentCalls.Stored(201, "/campaigns/" + campaignId + "/manage");
        });
    }

    /** A second member of the organisation approves: the ledger gets the DISBURSEMENT group with its receipt. */
    @Transactional
    public void approve(MemberId approver, UUID campaignId, UUID disbursementId) {
        Campaign campaign = confirmations.managed(approver, campaignId);
        Disbursement d = find(campaignId, disbursementId, true).orElseThrow(() -> new NotFoundException("disbursement"));
        if (d.approved()) {
            return; // approved twice (a double submit): once is enough
        }
        if (d.requestedBy().equals(approver.value())) {
            throw new AccessDeniedException("the second approver must be another member");
        }
        Money balance = ledger.balance(Account.ofCampaign(AccountKind.FUNDS, campaign.id().value(),
                campaign.organisationId().value(), campaign.currency()));
        if (balance.minorUnits() < d.amount().minorUnits()) {
            throw new ConflictException("giving.disbursement.more-than-funds");
        }
        jdbc.sql("UPDATE disbursement SET approved_by = ?, approved_at = ? WHERE id = ?")
                .params(approver.value(), Timestamp.from(clock.instant()), disbursementId).update();
        donations.disbursed(campaign, disbursementId, d.amount(), d.description(), d.receiptName());
    }

    @Transactional(readOnly = true)
    public List<Disbursement> ofCampaign(MemberId member, UUID campaignId) {
        confirmations.managed(member, campaignId);
        return jdbc.sql(SELECT + " WHERE d.campaign_id = ? ORDER BY d.requested_at DESC").param(campaignId).query(Disbursements::row).list();
    }

    private static final String SELECT = """
            SELECT d.*, m.display_name FROM disbursement d JOIN member m ON m.id = d.requested_by""";

    private Optional<Disbursement> find(UUID campaignId, UUID id, boolean lock) {
        return jdbc.sql(SELECT + " WHERE d.id = ? AND d.campaign_id = ?" + (lock ? " FOR UPDATE OF d" : "")).params(id, campaignId)
                .query(Disbursements::row).optional();
    }

    /** A receipt of an approved disbursement, for the public transparency page. */
    @Transactional(readOnly = true)
    public Optional<Receipt> publicReceipt(UUID campaignId, UUID groupId) {
        return ledger.receipt(campaignId, groupId).flatMap(name -> jdbc.sql(
                        "SELECT receipt_content_type FROM disbursement WHERE campaign_id = ? AND receipt_name = ? AND approved_by IS NOT NULL")
                .params(campaignId, name).query(String.class).optional()
                .flatMap(type -> files.open(AREA, name).map(in -> new Receipt(type, in))));
    }

    /** A receipt's content. */
    public record Receipt(String contentType, InputStream content) {
    }

    private static Disbursement row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        Timestamp approved = rs.getTimestamp("approved_at");
        return new Disbursement(rs.getObject("id", UUID.class), rs.getObject("campaign_id", UUID.class),
                Money.ofMinor(rs.getLong("amount_minor"), rs.getString("currency").trim()), rs.getString("description"),
                rs.getString("receipt_name"), rs.getString("receipt_content_type"), rs.getObject("requested_by", UUID.class),
                rs.getString("display_name"), rs.getTimestamp("requested_at").toInstant(),
                rs.getObject("approved_by", UUID.class), approved == null ? null : approved.toInstant());
    }
}
