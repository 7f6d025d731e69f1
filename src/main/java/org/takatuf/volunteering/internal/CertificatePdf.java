package org.takatuf.volunteering.internal;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.takatuf.core.documents.ArabicPdf;
import org.takatuf.core.documents.QrCodes;
import org.takatuf.core.i18n.Dates;
import org.takatuf.core.text.Bidi;

/**
 * The certificate of hours as a PDF (PDFBox), its Arabic shaped and ordered by {@link ArabicPdf}, with the
 * Amiri font embedded from the application's resources.
 * <p>
 * The holder's name and each organisation's name are wrapped in FSI … PDI ({@link Bidi#isolate}) inside their
 * lines, as on the receipt and the pages: ICU4J's reordering honours the isolates and removes them, so they are
 * never drawn. Without them an Arabic certificate for "Sam O'Neil Jr." drew ".Sam O'Neil Jr", and "Bench 2026!"
 * lost its "!" to the other end.
 */
@Component
public class CertificatePdf {

    private static final float GREEN_R = 15 / 255f;
    private static final float GREEN_G = 118 / 255f;
    private static final float GREEN_B = 110 / 255f;

    private final MessageSource messages;
    private final org.takatuf.core.SiteLinks links;

    CertificatePdf(MessageSource messages, org.takatuf.core.SiteLinks links) {
        this.messages = messages;
        this.links = links;
    }

    public String verifyUrl(String code) {
        return links.base() + "/certificates/" + code;
    }

    public byte[] render(Certificate c) {
        Locale locale = c.locale();
        boolean rtl = "ar".equals(locale.getLanguage());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDRectangle a4 = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            PDPage page = new PDPage(a4);
            document.addPage(page);
            PDType0Font regular = font(document, "/fonts/Amiri-Regular.ttf");
            PDType0Font bold = font(document, "/fonts/Amiri-Bold.ttf");
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(text("volunteering.certificate.title", locale));
            info.setAuthor("Takatuf");
            float width = a4.getWidth();
            float height = a4.getHeight();
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.setStrokingColor(GREEN_R, GREEN_G, GREEN_B);
                content.setLineWidth(4);
                content.addRect(24, 24, width - 48, height - 48);
                content.stroke();
                content.setLineWidth(1);
                content.addRect(34, 34, width - 68, height - 68);
                content.stroke();

                content.setNonStrokingColor(GREEN_R, GREEN_G, GREEN_B);
                centred(content, bold, 34, text("site.name", locale), width, height - 100, rtl);
                centred(content, bold, 28, text("volunteering.certificate.title", locale), width, height - 150, rtl);
                content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
                String body = messages.getMessage("volunteering.certificate.body",
                        new Object[] {Bidi.isolate(c.holderName()), c.hours(), c.shiftCount()}, locale);
                centred(content, regular, 20, body, width, height - 215, rtl);
                centred(content, regular, 16, text("volunteering.certificate.organisations", locale) + ": " + organisations(c),
                        width, height - 255, rtl);
                if (c.firstDay() != null) {
                    centred(content, regular, 14, text("volunteering.certificate.period", locale) + ": "
                            + Dates.gregorian(c.firstDay(), locale) + " – " + Dates.gregorian(c.lastDay(), locale), width, height - 290, rtl);
                }
                centred(content, regular, 14, text("volunteering.certificate.issued", locale) + ": "
                        + Dates.both(c.issuedAt(), locale), width, height - 320, rtl);
                centred(content, regular, 13, text("volunteering.certificate.code", locale) + ": " + c.code(), width, 150, rtl);
                centred(content, regular, 12, text("volunteering.certificate.verify-at", locale) + " " + verifyUrl(c.code()),
                        width, 128, rtl);

                BufferedImage qr = QrCodes.image(verifyUrl(c.code()), 220);
                PDImageXObject image = LosslessFactory.createFromImage(document, qr);
                float size = 90;
                content.drawImage(image, rtl ? 60 : width - 60 - size, 60, size, size);
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The organisations' names, each isolated. The certificate froze them as one text joined with
     * {@link Certificates#ORGANISATION_SEPARATOR}; it is cut there again (a name that itself holds the separator is
     * isolated in two parts, each still in its own order).
     */
    static String organisations(Certificate c) {
        if (c.organisations() == null || c.organisations().isEmpty()) {
            return "";
        }
        return Arrays.stream(c.organisations().split(Certificates.ORGANISATION_SEPARATOR, -1)).map(Bidi::isolate)
                .collect(Collectors.joining(Certificates.ORGANISATION_SEPARATOR));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    private static PDType0Font font(PDDocument document, String resource) throws IOException {
        return ArabicPdf.font(document, resource);
    }

    private static void centred(PDPageContentStream content, PDType0Font font, float size, String logical, float pageWidth,
                                float y, boolean rtl) throws IOException {
        ArabicPdf.centred(content, font, size, logical, pageWidth, y, rtl);
    }

    static String visual(String logical, boolean rtl) {
        return ArabicPdf.visual(logical, rtl);
    }
}
