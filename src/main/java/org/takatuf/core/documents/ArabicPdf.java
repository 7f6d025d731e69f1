package org.takatuf.core.documents;

import java.io.IOException;
import java.io.InputStream;

import com.ibm.icu.text.ArabicShaping;
import com.ibm.icu.text.ArabicShapingException;
import com.ibm.icu.text.Bidi;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Arabic in PDFBox documents (certificates, receipts). PDFBox draws glyphs as given, so Arabic is shaped
 * first with ICU4J ({@link ArabicShaping}: joining forms and lam-alef ligatures) and then put in visual
 * order ({@link Bidi}), with the Amiri font embedded from the application's resources.
 * <p>
 * The font's own glyph substitutions (GSUB) are switched off. ICU has already done Arabic's joining, and
 * PDFBox would otherwise apply Amiri's Latin ligatures ("fi", "fb", "ffl"...) itself: a ligature glyph has no
 * way back to its letters in the subset's ToUnicode map, so "confirmed" or an e-mail address with "fb" would
 * be copied, searched and read aloud without those letters.
 */
public final class ArabicPdf {

    public static final String REGULAR = "/fonts/Amiri-Regular.ttf";
    public static final String BOLD = "/fonts/Amiri-Bold.ttf";

    private ArabicPdf() {
    }

    public static PDType0Font font(PDDocument document, String resource) throws IOException {
        try (InputStream in = ArabicPdf.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("Missing font " + resource);
            }
            // read into memory: the subset is cut from it when the document is saved
            TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBuffer(in));
            ttf.setEnableGsub(false);
            document.registerTrueTypeFontForClosing(ttf);
            return PDType0Font.load(document, ttf, true);
        }
    }

    /** Draws one line centred on the page (not closer than 40 pt to the left edge). */
    public static void centred(PDPageContentStream content, PDType0Font font, float size, String logical, float pageWidth,
                               float y, boolean rtl) throws IOException {
        String visual = visual(logical, rtl);
        float textWidth = font.getStringWidth(visual) / 1000 * size;
        float x = Math.max(40, (pageWidth - textWidth) / 2);
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(x, y);
        content.showText(visual);
        content.endText();
    }

    /**
     * Shapes Arabic letters into their joining forms, then reorders the line for left-to-right drawing. Bidi isolates
     * in the line (FSI … PDI from {@link org.takatuf.core.text.Bidi#isolate} around a user-written value) are honoured
     * by the reordering and removed with the other bidi controls, so they are never drawn.
     */
    public static String visual(String logical, boolean rtl) {
        Bidi bidi = new Bidi(shape(logical.replaceAll("\\p{Cntrl}", " ")), rtl ? Bidi.RTL : Bidi.LTR);
        return bidi.writeReordered(Bidi.DO_MIRRORING | Bidi.REMOVE_BIDI_CONTROLS);
    }

    /** Arabic letters in their joining (presentation) forms, in logical order; the text unchanged if it cannot be shaped. */
    public static String shape(String logical) {
        try {
            return new ArabicShaping(ArabicShaping.LETTERS_SHAPE | ArabicShaping.TEXT_DIRECTION_LOGICAL
                    | ArabicShaping.LENGTH_GROW_SHRINK).shape(logical);
        } catch (ArabicShapingException e) {
            return logical;
        }
    }
}
