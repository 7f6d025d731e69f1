package org.takatuf.core.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.takatuf.core.text.Bidi;

/**
 * What a reader copies out of our PDFs is what was drawn. Amiri has Latin ligatures ("fb", "fi", "ff", "ffl"...);
 * PDFBox applies a font's GSUB ligatures by itself, and a ligature glyph has no way back to its letters in the
 * subset's ToUnicode map, so an e-mail address such as {@code 4ofbemi8@example.org} came out as {@code 4oᦗemi8}.
 */
class ArabicPdfTest {

    @ParameterizedTest
    @ValueSource(strings = {ArabicPdf.REGULAR, ArabicPdf.BOLD})
    void latinLettersThatAmiriCouldLigateAreExtractedAsDrawn(String resource) throws Exception {
        String latin = "escalating-4ofbemi8@example.org office affluent fjord fh fk ff fi fl ffi ffl Th";
        String arabic = "لا إلى الجهة الرقابية — مقدّم الشكوى";
        byte[] pdf;
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            PDType0Font font = ArabicPdf.font(document, resource);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                ArabicPdf.centred(content, font, 10, latin, PDRectangle.A4.getWidth(), 700, false);
                ArabicPdf.centred(content, font, 10, arabic, PDRectangle.A4.getWidth(), 650, true);
            }
            document.save(out);
            pdf = out.toByteArray();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains(latin);
            assertThat(text).contains("الجهة الرقابية").contains("مقدّم الشكوى");
        }
    }

    @Test
    void bidiIsolatesAreHonouredWhenReorderingAndNeverDrawn() {
        // an English sentence around an Arabic title that starts with a digit: the digit stays with its words
        String english = ArabicPdf.visual("To the campaign: " + Bidi.isolate("6 بطانيات"), false);
        assertThat(english).startsWith("To the campaign: ").endsWith(" 6").doesNotContain("\u2068", "\u2069");
        assertThat(ArabicPdf.visual("To the campaign: 6 بطانيات", false)).as("without the isolate")
                .startsWith("To the campaign: 6 ");
        // an Arabic sentence around a Latin value ending in punctuation: the "!" stays at the value's end
        String arabic = ArabicPdf.visual("لحملة: " + Bidi.isolate("Winter 2026!"), true);
        assertThat(arabic).startsWith("Winter 2026! :").doesNotContain("\u2068", "\u2069");
        assertThat(ArabicPdf.visual("لحملة: Winter 2026!", true)).as("without the isolate").startsWith("!Winter 2026 :");
    }

    @Test
    void anIsolateCutByALineBreakIsClosedAndOpenedAgainWithItsDirection() {
        assertThat(ArabicPdf.keepIsolates(List.of("From: \u2068Sam O'Neil", "Jr.\u2069 ok")))
                .containsExactly("From: \u2066Sam O'Neil\u2069", "\u2066Jr.\u2069 ok");
        assertThat(ArabicPdf.keepIsolates(List.of("\u20686 أكتوبر", "للاتصالات\u2069")))
                .containsExactly("\u20676 أكتوبر\u2069", "\u2067للاتصالات\u2069");
        assertThat(ArabicPdf.keepIsolates(List.of("no value", ""))).containsExactly("no value", "");
    }
}
