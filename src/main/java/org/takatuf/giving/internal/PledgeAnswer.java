package org.takatuf.giving.internal;

import java.util.Currency;

import org.jspecify.annotations.Nullable;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.Money;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * A new pledge's first answer, the JSON that is stored with the pledge and replayed for a retry with the same key.
 * Every field is always present, null when it does not apply; the campaign's bank instructions come with a bank
 * transfer. It is written into one {@link StringBuilder}: the field names and the values that cannot need escaping
 * (ids, enum names, numbers, instants) as they are, the texts (the reference, the currency, the bank's name, IBAN and
 * holder) escaped by Jackson's {@link JsonStringEncoder}, as the mapper's generator escapes them. The generator it
 * replaces, with its context and buffer recycling per answer, was 4.5 % of the pledge path's CPU (docs/performance.md,
 * "Run 17").
 */
final class PledgeAnswer {

    private static final JsonStringEncoder ESCAPE = JsonStringEncoder.getInstance();

    private PledgeAnswer() {
    }

    static String json(PledgeWriter.Draft d, String reference, Currency currency, Campaign.BankInstructions bank) {
        StringBuilder out = new StringBuilder(512);
        out.append("{\"id\":\"").append(d.id())
                .append("\",\"campaignId\":\"").append(d.campaignId())
                .append("\",\"reference\":");
        text(out, reference);
        out.append(",\"status\":\"").append(PledgeStatus.PLEDGED.name())
                .append("\",\"method\":\"").append(d.method().name())
                .append("\",\"amount\":");
        if (d.amountMinor() == null) {
            out.append("null");
        } else {
            out.append(new Money(d.amountMinor(), currency).amount().toString());
        }
        out.append(",\"currency\":");
        text(out, d.currency());
        out.append(",\"itemId\":");
        if (d.itemId() == null) {
            out.append("null");
        } else {
            out.append('"').append(d.itemId()).append('"');
        }
        out.append(",\"quantity\":").append(d.quantity() == null ? "null" : d.quantity().toString())
                .append(",\"anonymous\":").append(d.anonymous());
        if (d.method() == PledgeMethod.BANK_TRANSFER) {
            out.append(",\"bank\":{\"bankName\":");
            text(out, nullToEmpty(bank.bankName()));
            out.append(",\"iban\":");
            text(out, bank.iban());
            out.append(",\"accountHolder\":");
            text(out, nullToEmpty(bank.holder()));
            out.append(",\"transferReference\":");
            text(out, reference);
            out.append('}');
        }
        out.append(",\"expiresAt\":");
        if (d.expiresAt() == null) {
            out.append("null");
        } else {
            out.append('"').append(d.expiresAt()).append('"');
        }
        return out.append(",\"url\":\"/pledges/").append(d.id()).append("\"}").toString();
    }

    private static void text(StringBuilder out, @Nullable String value) {
        if (value == null) {
            out.append("null");
            return;
        }
        out.append('"');
        ESCAPE.quoteAsString(value, out);
        out.append('"');
    }

    private static String nullToEmpty(@Nullable String s) {
        return s == null ? "" : s;
    }
}
