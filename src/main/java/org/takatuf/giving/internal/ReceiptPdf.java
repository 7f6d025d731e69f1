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

/** A donor's receipt for a confirmed gift, as a one-page PDF in Arabic or English (shaped by {@link ArabicPdf}). */
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
            String amount = pledge.amount() == null ? pledge.quantity() + " × " + campaign.item(pledge.itemId())
                    .map(Campaign.Item::name).orElse("") : pledge.amount().format(locale);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(15 / 255f, 118 / 255f, 110 / 255f);
                content.setLineWidth(2);
                content.addRect(20, 20, w - 40, h - 40);
                content.stroke();
                ArabicPdf.centred(content, bold, 22, text("site.name", locale), w, h - 70, rtl);
                ArabicPdf.centred(content, bold, 18, text("giving.receipt.title", locale), w, h - 105, rtl);
                ArabicPdf.centred(content, bold, 20, amount, w, h - 160, rtl);
                ArabicPdf.centred(content, regular, 13, messages.getMessage("giving.receipt.from",
                        new Object[] {pledge.donorName()}, locale), w, h - 200, rtl);
                ArabicPdf.centred(content, regular, 13, messages.getMessage("giving.receipt.to",
                        new Object[] {campaign.title()}, locale), w, h - 225, rtl);
                ArabicPdf.centred(content, regular, 13, messages.getMessage("giving.receipt.by",
                        new Object[] {campaign.organisationName()}, locale), w, h - 250, rtl);
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
