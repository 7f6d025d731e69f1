package org.takatuf.giving.internal;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignManagement;
import org.takatuf.core.ConflictException;
import org.takatuf.core.Money;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.Sha256;
import org.takatuf.core.UserInputException;
import org.takatuf.core.text.ArabicText;
import org.takatuf.giving.PledgeConfirmed;
import org.takatuf.identity.MemberId;

import tools.jackson.databind.json.JsonMapper;

/**
 * What the organisation does with pledges: confirm received transfers in bulk, import a bank
 * statement that matches references by itself, confirm a cash pledge from its signed QR receipt,
 * refund. Only members of the campaign's organisation; every money change is posted to the ledger in
 * the same transaction, and every call is idempotent by its key.
 */
@Service
public class Confirmations {

    static final int MAX_STATEMENT_LINES = 10_000;
    static final int MAX_BULK = 500;
    /** A pledge reference inside a bank's free-text description, tolerant of spaces and a missing dash. */
    static final Pattern REFERENCE = Pattern.compile("TK[-\\s]?([2-9A-HJ-NP-Z]{4})[-\\s]?([2-9A-HJ-NP-Z]{4})");

    private final CampaignManagement campaigns;
    private final Pledges pledges;
    private final Donations donations;
    private final IdempotentCalls idempotent;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final GivingSettings settings;
    private final JsonMapper json;
    private final Clock clock;

    Confirmations(CampaignManagement campaigns, Pledges pledges, Donations donations, IdempotentCalls idempotent, JdbcClient jdbc,
                  ApplicationEventPublisher events, GivingSettings settings, JsonMapper json, Clock clock) {
        this.campaigns = campaigns;
        this.pledges = pledges;
        this.donations = donations;
        this.idempotent = idempotent;
        this.jdbc = jdbc;
        this.events = events;
        this.settings = settings;
        this.json = json;
        this.clock = clock;
    }

    /** One line of an imported statement and what became of it. */
    public record ImportLine(int line, String reference, String amount, String outcome) {
    }

    /** The result of an import: confirmed pledges, and the lines that need a person's look. */
    public record ImportResult(int confirmed, List<ImportLine> lines) {
    }

    /** The campaign, for a member of its organisation; others are refused. */
    @Transactional(readOnly = true)
    public Campaign campaignFor(MemberId member, UUID campaignId) {
        return managed(member, campaignId);
    }

    Campaign managed(MemberId member, UUID campaignId) {
        Campaign campaign = campaigns.find(new CampaignId(campaignId)).orElseThrow(() -> new NotFoundException("campaign"));
        campaigns.requireManager(member, campaign);
        return campaign;
    }

    /** Confirms the chosen pledges that are pledged or received (money arrived, goods delivered); returns how many. */
    @Transactional
    public IdempotentCalls.Stored confirm(MemberId member, UUID campaignId, List<UUID> ids, String key) {
        Campaign campaign = managed(member, campaignId);
        if (ids == null || ids.isEmpty()) {
            throw new UserInputException("giving.confirm.none-chosen");
        }
        if (ids.size() > MAX_BULK) {
            throw new UserInputException("giving.confirm.too-many", MAX_BULK);
        }
        Set<UUID> unique = new LinkedHashSet<>(ids);
        String hash = Sha256.hex("confirm|" + campaignId + "|" + unique.stream().sorted().toList());
        return idempotent.run(member, key, hash, () -> {
            int count = 0;
            for (Pledge p : pledges.forUpdate(campaignId, unique)) {
                if (p.status() == PledgeStatus.PLEDGED || p.status() == PledgeStatus.RECEIVED) {
                    confirmOne(campaign, p, member, p.amount());
                    count++;
                }
            }
            return new IdempotentCalls.Stored(200, "{\"confirmed\":" + count + "}");
        });
    }

    private void confirmOne(Campaign campaign, Pledge p, MemberId by, Money amount) {
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE pledge SET status = 'CONFIRMED', received_at = coalesce(received_at, ?), confirmed_at = ?, confirmed_by = ?,
                               received_minor = ? WHERE id = ?""")
                .params(java.sql.Timestamp.from(now), java.sql.Timestamp.from(now), by.value(),
                        amount == null ? null : amount.minorUnits(), p.id()).update();
        if (amount != null) {
            donations.confirmed(campaign, p, amount);
            // the counter follows what really arrived (an expired pledge had left it)
            long delta = p.status() == PledgeStatus.EXPIRED ? amount.minorUnits() : amount.minorUnits() - p.amount().minorUnits();
            if (delta != 0) {
                jdbc.sql("UPDATE campaign_tally SET pledged_minor = pledged_minor + ? WHERE campaign_id = ?")
                        .params(delta, campaign.id().value()).update();
            }
        }
        events.publishEvent(new PledgeConfirmed(p.id(), campaign.id(), new MemberId(p.memberId())));
    }

    /**
     * Imports a bank statement (CSV with a header; columns {@code date}, {@code description} and
     * {@code amount}, in any order, other columns ignored). A credit whose description carries a pledge
     * reference of this campaign confirms that pledge with the amount that arrived; other lines are
     * listed as unmatched, already confirmed, or debits.
     */
    @Transactional
    public ImportResult importStatement(MemberId member, UUID campaignId, byte[] csv, String key) {
        Campaign campaign = managed(member, campaignId);
        if (csv == null || csv.length == 0) {
            throw new UserInputException("giving.import.empty");
        }
        String hash = Sha256.hex("import|" + campaignId + "|" + HexFormat.of().formatHex(Sha256.of(csv)));
        IdempotentCalls.Stored stored = idempotent.run(member, key, hash, () -> {
            ImportResult result = doImport(campaign, member, csv);
            return new IdempotentCalls.Stored(200, json.writeValueAsString(result));
        });
        return json.readValue(stored.body(), ImportResult.class);
    }

    private ImportResult doImport(Campaign campaign, MemberId member, byte[] csv) {
        List<ImportLine> lines = new ArrayList<>();
        int confirmed = 0;
        try (Reader reader = new InputStreamReader(new ByteArrayInputStream(stripBom(csv)), StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setIgnoreHeaderCase(true)
                     .setTrim(true).setIgnoreEmptyLines(true).get().parse(reader)) {
            Map<String, Integer> header = parser.getHeaderMap();
            String description = column(header, "description", "details", "narrative", "reference", "البيان", "الوصف");
            String amount = column(header, "amount", "credit", "المبلغ");
            if (description == null || amount == null) {
                throw new UserInputException("giving.import.columns");
            }
            for (CSVRecord record : parser) {
                if (record.getRecordNumber() > MAX_STATEMENT_LINES) {
                    throw new UserInputException("giving.import.too-long", MAX_STATEMENT_LINES);
                }
                int line = (int) record.getRecordNumber() + 1;
                String text = record.isSet(description) ? record.get(description) : "";
                String value = record.isSet(amount) ? record.get(amount) : "";
                Optional<String> found = referenceIn(text);
                if (found.isEmpty()) {
                    lines.add(new ImportLine(line, null, value, value.strip().startsWith("-") ? "debit" : "unmatched"));
                    continue;
                }
                String reference = found.get();
                Money money;
                try {
                    money = Money.of(value, campaign.currency().getCurrencyCode());
                } catch (UserInputException e) {
                    lines.add(new ImportLine(line, reference, value, "bad-amount"));
                    continue;
                }
                if (!money.isPositive()) {
                    lines.add(new ImportLine(line, reference, value, "debit"));
                    continue;
                }
                Optional<Pledge> pledge = pledges.byReference(campaign.id().value(), reference);
                if (pledge.isEmpty() || !pledge.get().isMoney()) {
                    lines.add(new ImportLine(line, reference, value, "unmatched"));
                } else if (pledge.get().status() == PledgeStatus.CONFIRMED) {
                    lines.add(new ImportLine(line, reference, value, "already-confirmed"));
                } else if (pledge.get().status() == PledgeStatus.REFUNDED) {
                    lines.add(new ImportLine(line, reference, value, "refunded"));
                } else {
                    // an expired pledge whose money still came is confirmed too: the money is real
                    confirmOne(campaign, pledge.get(), member, money);
                    confirmed++;
                    lines.add(new ImportLine(line, reference, value,
                            money.equals(pledge.get().amount()) ? "confirmed" : "confirmed-other-amount"));
                }
            }
        } catch (IOException | IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new UserInputException("giving.import.unreadable");
        }
        return new ImportResult(confirmed, lines);
    }

    /**
     * The first pledge reference in a text, in its stored form {@code TK-XXXX-XXXX}: any case, a space or no dash
     * between the parts, its digits Western or Arabic-Indic (as a donor typing on an Arabic keyboard writes them). The statement import reads bank descriptions with it, and the management page's search
     * what the organisation types or pastes, so both find the same pledges.
     */
    public static Optional<String> referenceIn(String text) {
        Matcher m = REFERENCE.matcher(ArabicText.westernDigits(text).toUpperCase(Locale.ROOT));
        return m.find() ? Optional.of("TK-" + m.group(1) + "-" + m.group(2)) : Optional.empty();
    }

    private static String column(Map<String, Integer> header, String... names) {
        for (String name : names) {
            for (String h : header.keySet()) {
                if (h != null && h.strip().equalsIgnoreCase(name)) {
                    return h;
                }
            }
        }
        return null;
    }

    private static byte[] stripBom(byte[] b) {
        return b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF
                ? java.util.Arrays.copyOfRange(b, 3, b.length) : b;
    }

    /** A card payment the gateway reported as paid (signed webhook): no member confirms it. */
    void confirmByGateway(Campaign campaign, Pledge pledge, Money paid) {
        confirmOne(campaign, pledge, new MemberId(pledge.memberId()), paid);
    }

    /** A card payment the gateway reported as refunded. */
    void refundByGateway(Campaign campaign, Pledge pledge) {
        long received = jdbc.sql("SELECT coalesce(received_minor, amount_minor) FROM pledge WHERE id = ?").param(pledge.id())
                .query(Long.class).single();
        pledges.setStatus(pledge.id(), PledgeStatus.REFUNDED, "refunded_at", clock.instant());
        jdbc.sql("UPDATE campaign_tally SET pledged_minor = pledged_minor - ? WHERE campaign_id = ?")
                .params(received, campaign.id().value()).update();
        donations.refunded(campaign, pledge, new Money(received, campaign.currency()));
    }

    /** Gives a confirmed money pledge back: a REFUND group in the ledger, the counter goes down. */
    @Transactional
    public IdempotentCalls.Stored refund(MemberId member, UUID pledgeId, String key) {
        Pledge pledge = pledges.findForUpdate(pledgeId).orElseThrow(() -> new NotFoundException("pledge"));
        Campaign campaign = managed(member, pledge.campaignId());
        return idempotent.run(member, key, Sha256.hex("refund|" + pledgeId), () -> {
            if (pledge.status() != PledgeStatus.CONFIRMED || !pledge.isMoney()) {
                throw new ConflictException("giving.refund.not-confirmed");
            }
            long received = jdbc.sql("SELECT coalesce(received_minor, amount_minor) FROM pledge WHERE id = ?").param(pledgeId)
                    .query(Long.class).single();
            Money amount = new Money(received, campaign.currency());
            pledges.setStatus(pledgeId, PledgeStatus.REFUNDED, "refunded_at", clock.instant());
            jdbc.sql("UPDATE campaign_tally SET pledged_minor = pledged_minor - ? WHERE campaign_id = ?")
                    .params(received, campaign.id().value()).update();
            donations.refunded(campaign, pledge, amount);
            return new IdempotentCalls.Stored(200, "/pledges/" + pledgeId);
        });
    }

    // --- cash and hand delivery: the signed QR receipt ---

    /** The signature a cash pledge's QR code carries: HMAC-SHA256 of its id and reference under the receipt key. */
    public String receiptSignature(Pledge pledge) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(receiptKey(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((pledge.id() + "|" + pledge.reference()).getBytes(StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] receiptKey() {
        String configured = settings.receiptKey();
        if (configured != null && !configured.isBlank()) {
            return configured.getBytes(StandardCharsets.UTF_8);
        }
        // without a configured key, one per database (so that every node of a cluster agrees), made once
        jdbc.sql("""
                        INSERT INTO giving_idempotency (member_id, key, request_hash, status, body, created_at)
                        VALUES ('00000000-0000-0000-0000-000000000000', 'receipt-key', ?, 0, '', now()) ON CONFLICT DO NOTHING""")
                .param(Sha256.hex(UUID.randomUUID().toString())).update();
        return jdbc.sql("SELECT request_hash FROM giving_idempotency WHERE member_id = '00000000-0000-0000-0000-000000000000' AND key = 'receipt-key'")
                .query(String.class).single().getBytes(StandardCharsets.UTF_8);
    }

    /** A collector of the organisation confirms a cash or hand-delivered pledge by its QR receipt. */
    @Transactional
    public void collect(MemberId collector, UUID pledgeId, String signature) {
        Pledge pledge = pledges.findForUpdate(pledgeId).orElseThrow(() -> new NotFoundException("pledge"));
        Campaign campaign = campaigns.find(new CampaignId(pledge.campaignId())).orElseThrow();
        if (!campaigns.canManage(collector, campaign)) {
            throw new AccessDeniedException("collectors of the campaign's organisation only");
        }
        if (signature == null || !java.security.MessageDigest.isEqual(signature.getBytes(StandardCharsets.UTF_8),
                receiptSignature(pledge).getBytes(StandardCharsets.UTF_8))) {
            throw new UserInputException("giving.collect.bad-signature");
        }
        if (pledge.method() != PledgeMethod.CASH && pledge.method() != PledgeMethod.GOODS) {
            throw new UserInputException("giving.collect.not-cash");
        }
        if (pledge.status() == PledgeStatus.CONFIRMED) {
            return; // scanned twice: once is enough
        }
        if (pledge.status() != PledgeStatus.PLEDGED && pledge.status() != PledgeStatus.RECEIVED
                && pledge.status() != PledgeStatus.EXPIRED) {
            throw new ConflictException("giving.collect.not-open");
        }
        confirmOne(campaign, pledge, collector, pledge.amount());
    }
}
