package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.Money;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The stored first answer is what the mapper's generator writes, character for character, whatever the bank's texts hold. */
class PledgeAnswerUnitTest {

    final JsonMapper json = JsonMapper.builder().build();

    static PledgeWriter.Draft draft(PledgeMethod method, Long amount, String currency, UUID item, Integer quantity,
                                    boolean anonymous, Instant expires) {
        return new PledgeWriter.Draft(PledgeWriter.newId(), UUID.randomUUID(), UUID.randomUUID(), method, amount, currency,
                item, quantity, anonymous, "رسالة \"دعم\"", null, "key-1", "hash", "TK-ABCD-EFGH", null,
                Instant.parse("2026-12-06T02:17:22.172187840Z"), expires);
    }

    @Test
    void aBankTransferWithTextsThatNeedEscaping() {
        Instant expires = Instant.parse("2026-12-13T02:17:22.172187840Z");
        for (Campaign.BankInstructions bank : List.of(
                new Campaign.BankInstructions("بنك \"الأمل\" \\ فرع 2", "SA0380000000608010167519", "جمعية </script> 🌙"),
                new Campaign.BankInstructions(null, "LB62 0999 0000 0001", null),
                new Campaign.BankInstructions("tab\there\nline\u0001\u2028", "X", "O'Brien & Söhne"))) {
            for (String currency : List.of("SAR", "KWD", "JPY")) {
                for (long amount : List.of(1L, 5L, 1250L, 100_000_000_00L)) {
                    PledgeWriter.Draft d = draft(PledgeMethod.BANK_TRANSFER, amount, currency, null, null, true, expires);
                    String answer = PledgeAnswer.json(d, "TK-WXYZ-2345", Currency.getInstance(currency), bank);
                    assertThat(answer).isEqualTo(generated(d, "TK-WXYZ-2345", Currency.getInstance(currency), bank));
                    JsonNode read = json.readTree(answer);
                    assertThat(read.get("bank").get("bankName").asString()).isEqualTo(bank.bankName() == null ? "" : bank.bankName());
                    assertThat(read.get("bank").get("accountHolder").asString()).isEqualTo(bank.holder() == null ? "" : bank.holder());
                    assertThat(read.get("amount").decimalValue())
                            .isEqualByComparingTo(new Money(amount, Currency.getInstance(currency)).amount());
                }
            }
        }
    }

    @Test
    void goodsAndCashHaveNoBankAndNullsWhereAFieldDoesNotApply() {
        Campaign.BankInstructions none = new Campaign.BankInstructions(null, null, null);
        PledgeWriter.Draft goods = draft(PledgeMethod.GOODS, null, "SAR", UUID.randomUUID(), 12, false, null);
        PledgeWriter.Draft cash = draft(PledgeMethod.CASH, 5000L, "EGP", null, null, false,
                Instant.parse("2027-01-01T00:00:00Z"));
        for (PledgeWriter.Draft d : List.of(goods, cash)) {
            String answer = PledgeAnswer.json(d, "TK-2345-6789", Currency.getInstance(d.currency()), none);
            assertThat(answer).isEqualTo(generated(d, "TK-2345-6789", Currency.getInstance(d.currency()), none));
            assertThat(json.readTree(answer).has("bank")).isFalse();
        }
        JsonNode read = json.readTree(PledgeAnswer.json(goods, "TK-2345-6789", Currency.getInstance("SAR"), none));
        assertThat(read.get("amount").isNull()).isTrue();
        assertThat(read.get("quantity").asInt()).isEqualTo(12);
        assertThat(read.get("itemId").asString()).isEqualTo(goods.itemId().toString());
        assertThat(read.get("expiresAt").isNull()).isTrue();
        assertThat(read.get("url").asString()).isEqualTo("/pledges/" + goods.id());
    }

    /** The answer as the mapper's generator wrote it before {@link PledgeAnswer}, field by field: the oracle. */
    String generated(PledgeWriter.Draft d, String reference, Currency currency, Campaign.BankInstructions bank) {
        StringWriter out = new StringWriter();
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("id", d.id().toString());
            g.writeStringProperty("campaignId", d.campaignId().toString());
            g.writeStringProperty("reference", reference);
            g.writeStringProperty("status", PledgeStatus.PLEDGED.name());
            g.writeStringProperty("method", d.method().name());
            g.writeName("amount");
            if (d.amountMinor() == null) {
                g.writeNull();
            } else {
                g.writeNumber(new Money(d.amountMinor(), currency).amount());
            }
            g.writeStringProperty("currency", d.currency());
            g.writeStringProperty("itemId", d.itemId() == null ? null : d.itemId().toString());
            g.writeName("quantity");
            if (d.quantity() == null) {
                g.writeNull();
            } else {
                g.writeNumber(d.quantity());
            }
            g.writeBooleanProperty("anonymous", d.anonymous());
            if (d.method() == PledgeMethod.BANK_TRANSFER) {
                g.writeName("bank");
                g.writeStartObject();
                g.writeStringProperty("bankName", bank.bankName() == null ? "" : bank.bankName());
                g.writeStringProperty("iban", bank.iban());
                g.writeStringProperty("accountHolder", bank.holder() == null ? "" : bank.holder());
                g.writeStringProperty("transferReference", reference);
                g.writeEndObject();
            }
            g.writeStringProperty("expiresAt", d.expiresAt() == null ? null : d.expiresAt().toString());
            g.writeStringProperty("url", "/pledges/" + d.id());
            g.writeEndObject();
        }
        return out.toString();
    }
}
