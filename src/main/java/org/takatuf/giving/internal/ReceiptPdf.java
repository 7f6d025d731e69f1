package org.takatuf.giving.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.takatuf.campaigns.Campaign;
import org.takatuf.core.documents.ArabicPdf;
import org.takatuf.core.i18n.Dates;
import org.takatuf.core.text.Bidi;

/**
 * A donor's receipt for a confirmed gift, as a one-page PDF in Arabic or English (shaped by {@link ArabicPdf}).
 * <p>
 * The donor's name, the campaign's title, the organisation's name and a needed item's name are wrapped in FSI … PDI
 * ({@link Bidi#isolate}) inside their sentences, as on the pages: ICU4J's bidi algorithm, which puts each line in
 * visual order, honours the isolates (UAX #9) and then drops them ({@code REMOVE_BIDI_CONTROLS}), so they are never
 * drawn (Amiri has no glyph for them). Without them "لحملة: Winter 2026!" was drawn with the "!" at the wrong end,
 * and an English "To the campaign: 6 بطانيات" with the 6 away from its words.
 */
@Component
public class ReceiptPdf {

    private final MessageSource messages;

    ReceiptPdf(MessageSource messages) {
        this.messages = messages;
    }

    public byte[] render(Pledge pledge, Campaign campaign, Locale locale) {
        boolean rtl = "ar".equals(locale.getLanguage());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a5 = PDRectangle.A5;
            PDPage page = new PDPage(a5);
            document.addPage(page);
            PDType0Font regular = ArabicPdf.font(document, ArabicPdf.REGULAR);
            PDType0Font bold = ArabicPdf.font(document, ArabicPdf.BOLD);
            document.getDocumentInformation().setTitle(text("giving.receipt.title", locale));
            document.getDocumentInformation().setAuthor("Takatuf");
            float w = a5.getWidth();
            float h = a5.getHeight();
            String amount = pledge.amount() == null ? pledge.quantity() + " × " + Bidi.isolate(campaign.item(pledge.itemId())
                    .map(Campaign.Item::name).orElse("")) : pledge.amount().format(locale);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(15 / 255f, 118 / 255f, 110 / 255f);
                content.setLineWidth(2);
                content.addRect(20, 20, w - 40, h - 40);
                content.stroke();
                ArabicPdf.centred(content, bold, 22, text("site.name", locale), w, h - 70, rtl);
                ArabicPdf.centred(content, bold, 18, text("giving.receipt.title", locale), w, h - 105, rtl);
                ArabicPdf.centred(content, bold, 20, amount, w, h - 160, rtl);
                ArabicPdf.centred(content, regular, 13, messages.getMessage("giving.receipt.from",
                        new Object[] {Bidi.isolate(pledge.donorName())}, locale), w, h - 200, rtl);
                ArabicPdf.centred(content, regular, 13, messages.getMessage("giving.receipt.to",
                        new Object[] {Bidi.isolate(campaign.title())}, locale), w, h - 225, rtl);
                ArabicPdf.centred(content, regular, 13, messages.getMessage("giving.receipt.by",
                        new Object[] {Bidi.isolate(campaign.organisationName())}, locale), w, h - 250, rtl);
                ArabicPdf.centred(content, regular, 12, text("giving.bank.reference", locale) + ": " + pledge.reference(),
                        w, h - 290, rtl);
                if (pledge.confirmedAt() != null) {
                    ArabicPdf.centred(content, regular, 12, messages.getMessage("giving.receipt.confirmed",
                            new Object[] {Dates.both(pledge.confirmedAt(), locale)}, locale), w, h - 312, rtl);
                }
                ArabicPdf.centred(content, regular, 10, text("giving.receipt.note", locale), w, 50, rtl);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
