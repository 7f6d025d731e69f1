package org.takatuf.advocacy.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.documents.ArabicPdf;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.i18n.Dates;
import org.takatuf.core.i18n.Plurals;
import org.takatuf.core.text.Bidi;

/**
 * The complaint prepared for the sector's regulator or consumer-protection body, as a PDF the complainant
 * files: the body it goes to, the complainant, the company, what happened and what is asked, how long the
 * company has had it, the supporters' count, the company's public answers and the evidence images (already
 * re-encoded without metadata). Arabic is shaped with ICU4J and reordered for drawing, like the certificate
 * of hours; characters the embedded Amiri font lacks (emoji) are left out rather than failing.
 * <p>
 * What people wrote (the complainant's name and address, the company's name, the complaint's title, its story and
 * details, the company's answers, the evidence captions) is wrapped in FSI … PDI ({@link Bidi#isolate}), like the
 * receipt and the pages: ICU4J's reordering honours the isolates and removes them, so nothing is drawn for them
 * (the marks are kept past {@code drawableOnly}, which would have turned them into spaces). Without them a title
 * "Refund now!" on the Arabic complaint was drawn as "!Refund now", and on the English one a company
 * "6 أكتوبر للاتصالات" had its 6 drawn next to the label. A line break inside a value closes and reopens its
 * isolate ({@link ArabicPdf#keepIsolates}), else the value's last line (".since") lost its order.
 */
@Component
public class RegulatorPdf {

    private static final float MARGIN = 50;
    private static final float GREEN_R = 15 / 255f;
    private static final float GREEN_G = 118 / 255f;
    private static final float GREEN_B = 110 / 255f;

    private final MessageSource messages;
    private final Plurals plurals;
    private final FileStorage files;
    private final SiteLinks links;

    RegulatorPdf(MessageSource messages, Plurals plurals, FileStorage files, SiteLinks links) {
        this.messages = messages;
        this.plurals = plurals;
        this.files = files;
        this.links = links;
    }

    /** Everything the document shows. */
    public record Content(Complaint complaint, Company company, AdvocacySettings.Regulator regulator, String complainantName,
                          String complainantEmail, SupportManagement.Counts counts, List<Response> publicAnswers,
                          List<Evidence> evidence, Duration waited) {
    }

    public byte[] render(Content c, Locale locale) {
        boolean rtl = !"en".equals(locale.getLanguage());
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentInformation().setTitle(text("advocacy.pdf.title", locale));
            document.getDocumentInformation().setAuthor("Takatuf");
            Writer w = new Writer(document, ArabicPdf.font(document, ArabicPdf.REGULAR), ArabicPdf.font(document, ArabicPdf.BOLD), rtl);
            Complaint k = c.complaint();
            w.heading(text("advocacy.pdf.title", locale), 20);
            String to = c.regulator() == null ? text("advocacy.regulator.none", locale)
                    : text(c.regulator().messageKey(), locale) + " — " + c.regulator().website();
            w.line(text("advocacy.pdf.to", locale) + ": " + to, 13, true);
            w.gap(6);
            w.line(text("advocacy.pdf.complainant", locale) + ": " + Bidi.isolate(c.complainantName()) + " — "
                    + Bidi.isolate(c.complainantEmail()), 12, false);
            w.line(text("advocacy.pdf.company", locale) + ": " + Bidi.isolate(c.company().name()) + " (" + c.company().country() + ") — "
                    + text(k.sector().messageKey(), locale), 12, false);
            w.line(text("advocacy.pdf.reference", locale) + ": #" + k.number() + " — " + links.link("/complaints/" + k.id()), 11, false);
            w.line(text("advocacy.pdf.sent", locale) + ": " + Dates.both(k.sentAt(), locale), 12, false);
            long days = c.waited().toDays();
            w.line(k.answeredAt() == null
                    ? plurals.format("advocacy.pdf.no-answer-days", locale, days)
                    : plurals.format("advocacy.pdf.answered-after-days", locale, days), 12, true);
            w.line(plurals.format("advocacy.pdf.supporters", locale, c.counts().supporters())
                    + " — " + plurals.format("advocacy.pdf.me-too", locale, c.counts().meToo()), 12, true);
            w.gap(8);
            w.heading(Bidi.isolate(k.title()), 15);
            w.heading(text("advocacy.pdf.what-happened", locale), 13);
            w.paragraph(Bidi.isolate(k.whatHappened()), 12);
            w.heading(text("advocacy.pdf.asked", locale), 13);
            w.paragraph(text(k.outcome().messageKey(), locale)
                    + (k.outcomeDetails() == null ? "" : " — " + Bidi.isolate(k.outcomeDetails())), 12);
            w.heading(text("advocacy.pdf.answers", locale), 13);
            if (c.publicAnswers().isEmpty()) {
                w.paragraph(text("advocacy.pdf.no-answers", locale), 12);
            }
            for (Response r : c.publicAnswers()) {
                w.line(Dates.both(r.createdAt(), locale), 10, true);
                w.paragraph(Bidi.isolate(r.body()), 12);
            }
            w.heading(plurals.format("advocacy.pdf.evidence", locale, c.evidence().size()), 13);
            int i = 1;
            for (Evidence e : c.evidence()) {
                byte[] image;
                try (InputStream in = files.open(ComplaintManagement.EVIDENCE_AREA, e.fileName()).orElse(null)) {
                    if (in == null) {
                        continue;
                    }
                    image = in.readAllBytes();
                }
                w.image(PDImageXObject.createFromByteArray(document, image, e.fileName()),
                        i++ + ". " + Bidi.isolate(e.caption()));
            }
            w.gap(10);
            w.paragraph(text("advocacy.pdf.footer", locale), 10);
            w.finish();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }

    /** Lays text out top to bottom on A4 pages, wrapping words and starting new pages. */
    private static final class Writer {

        private final PDDocument document;
        private final PDType0Font regular;
        private final PDType0Font bold;
        private final boolean rtl;
        private final Map<Integer, Boolean> drawable = new HashMap<>();
        private PDPageContentStream content;
        private float y;
        private final float width = PDRectangle.A4.getWidth();
        private final float height = PDRectangle.A4.getHeight();

        Writer(PDDocument document, PDType0Font regular, PDType0Font bold, boolean rtl) throws IOException {
            this.document = document;
            this.regular = regular;
            this.bold = bold;
            this.rtl = rtl;
            newPage();
        }

        private void newPage() throws IOException {
            if (content != null) {
                content.close();
            }
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = height - MARGIN;
        }

        void finish() throws IOException {
            content.close();
        }

        void gap(float space) {
            y -= space;
        }

        void heading(String text, float size) throws IOException {
            gap(6);
            content.setNonStrokingColor(GREEN_R, GREEN_G, GREEN_B);
            wrap(text, bold, size);
            content.setNonStrokingColor(0.1f, 0.1f, 0.1f);
        }

        void line(String text, float size, boolean strong) throws IOException {
            wrap(text, strong ? bold : regular, size);
        }

        void paragraph(String text, float size) throws IOException {
            for (String part : ArabicPdf.keepIsolates(List.of(text.split("\\R")))) {
                if (part.codePoints().allMatch(c -> Character.isWhitespace(c) || Bidi.isIsolateMark(c))) {
                    gap(size * 0.6f);
                } else {
                    wrap(part, regular, size);
                }
            }
            gap(4);
        }

        void image(PDImageXObject image, String caption) throws IOException {
            float maxWidth = width - 2 * MARGIN;
            float maxHeight = 300;
            float scale = Math.min(1f, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
            float w = image.getWidth() * scale;
            float h = image.getHeight() * scale;
            if (y - h - 30 < MARGIN) {
                newPage();
            }
            y -= h;
            content.drawImage(image, rtl ? width - MARGIN - w : MARGIN, y, w, h);
            gap(4);
            wrap(caption, regular, 10);
            gap(8);
        }

        private void wrap(String logical, PDType0Font font, float size) throws IOException {
            String clean = drawableOnly(logical.replaceAll("\\p{Cntrl}", " "), font);
            float maxWidth = width - 2 * MARGIN;
            List<String> lines = new ArrayList<>();
            StringBuilder current = new StringBuilder();
            for (String word : clean.split(" +")) {
                String candidate = current.isEmpty() ? word : current + " " + word;
                if (!current.isEmpty() && widthOf(candidate, font, size) > maxWidth) {
                    lines.add(current.toString());
                    current = new StringBuilder(word);
                } else {
                    current = new StringBuilder(candidate);
                }
            }
            if (!current.isEmpty()) {
                lines.add(current.toString());
            }
            for (String l : ArabicPdf.keepIsolates(lines)) {
                if (y - size * 1.6f < MARGIN) {
                    newPage();
                }
                y -= size * 1.6f;
                String visual = ArabicPdf.visual(l, rtl);
                float textWidth = Math.min(maxWidth, font.getStringWidth(visual) / 1000 * size);
                content.beginText();
                content.setFont(font, size);
                content.newLineAtOffset(rtl ? width - MARGIN - textWidth : MARGIN, y);
                content.showText(visual);
                content.endText();
            }
        }

        private float widthOf(String logical, PDType0Font font, float size) throws IOException {
            return font.getStringWidth(ArabicPdf.visual(logical, rtl)) / 1000 * size;
        }

        /**
         * Leaves out what the font cannot draw, after shaping (presentation forms must exist too). The isolate marks
         * stay: Amiri has no glyph for them, but they are removed when the line is reordered, never drawn.
         */
        private String drawableOnly(String text, PDType0Font font) {
            StringBuilder out = new StringBuilder();
            text.codePoints().forEach(cp -> {
                boolean ok = Bidi.isIsolateMark(cp)
                        || drawable.computeIfAbsent(cp, k -> canDraw(font, new String(Character.toChars(k)))
                        && canDraw(font, ArabicPdf.shape(new String(Character.toChars(k)))));
                out.appendCodePoint(ok ? cp : ' ');
            });
            return out.toString().replaceAll(" {2,}", " ").strip();
        }

        private static boolean canDraw(PDType0Font font, String s) {
            try {
                font.encode(s);
                return true;
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        }
    }
}
