package org.takatuf.giving.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.takatuf.campaigns.Campaign;
import org.takatuf.campaigns.CampaignId;
import org.takatuf.campaigns.CampaignKind;
import org.takatuf.core.Money;
import org.takatuf.identity.OrganisationId;

/**
 * The receipt's sentences around a donor's name, a campaign's title, an organisation's or an item's name keep the
 * value in its own order (the bidi isolates are honoured when the line is put in visual order) and draw no mark.
 * The values end in neutral characters, which without isolation went to the wrong end of an Arabic line.
 */
class ReceiptPdfUnitTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    private final ReceiptPdf receipts = new ReceiptPdf(messages());

    private static ResourceBundleMessageSource messages() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/site", "i18n/giving");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }

    private static Campaign campaign(String title, String organisation, List<Campaign.Item> items) {
        return new Campaign(new CampaignId(UUID.randomUUID()), new OrganisationId(UUID.randomUUID()), organisation, "org",
                CampaignKind.MIXED, title, "", null, Currency.getInstance("SAR"), null, null, true, null, items, Instant.EPOCH);
    }

    private static Pledge pledge(Campaign campaign, String donor, Money amount, UUID item, Integer quantity) {
        return new Pledge(UUID.randomUUID(), campaign.id().value(), UUID.randomUUID(), donor,
                amount == null ? PledgeMethod.GOODS : PledgeMethod.BANK_TRANSFER, amount, item, quantity, PledgeStatus.CONFIRMED,
                "TKT-7Q2M", false, null, null, Instant.EPOCH, null, null, Instant.parse("2026-12-01T10:00:00Z"));
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    @Test
    void latinValuesEndingInPunctuationKeepTheirOrderInAnArabicReceipt() throws Exception {
        Campaign campaign = campaign("Winter 2026!", "Acme Inc.", List.of());
        String text = text(receipts.render(pledge(campaign, "Sami K.", Money.of("45", "SAR"), null, null), campaign, ARABIC));
        assertThat(text).contains("Sami K.", "Winter 2026!", "Acme Inc.", "TKT-7Q2M");
        assertThat(text).doesNotContain("!Winter", ".Acme", ".Sami").doesNotContain("\u2068", "\u2069");
    }

    @Test
    void anItemNameKeepsItsOrderInTheAmountOfAnInKindGift() throws Exception {
        Campaign.Item blankets = new Campaign.Item(UUID.randomUUID(), "Blankets XL!", 50);
        Campaign campaign = campaign("بطانيات الشتاء", "بنك الطعام", List.of(blankets));
        String text = text(receipts.render(pledge(campaign, "سامي", null, blankets.id(), 3), campaign, ARABIC));
        assertThat(text).contains("Blankets XL!").doesNotContain("!Blankets").doesNotContain("\u2068", "\u2069");
    }

    @Test
    void anEnglishReceiptDrawsNoMarkAroundArabicValues() throws Exception {
        Campaign campaign = campaign("6 بطانيات الشتاء", "بنك الطعام", List.of());
        String text = text(receipts.render(pledge(campaign, "سامي", Money.of("45", "SAR"), null, null), campaign, Locale.ENGLISH));
        assertThat(text).contains("Donation receipt", "To the campaign:", "45.00").doesNotContain("\u2068", "\u2069");
    }
}
