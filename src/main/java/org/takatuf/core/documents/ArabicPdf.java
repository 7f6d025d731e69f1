package org.takatuf.core.documents;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacterDirection;
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

    private static final char LRI = org.takatuf.core.text.Bidi.LRI;
    private static final char RLI = org.takatuf.core.text.Bidi.RLI;
    private static final char FSI = org.takatuf.core.text.Bidi.FSI;
    private static final char PDI = org.takatuf.core.text.Bidi.PDI;

    /**
     * One text cut into lines (wrapped words, or the lines of a paragraph), each line made bidi-complete on its own:
     * {@link #visual} reorders line by line, so an isolate (FSI … PDI around a user-written value) that a line break
     * cuts would otherwise leave the rest of the value bare on the next line. Each FSI is first given the direction
     * of the whole value (its first strong letter, as UAX #9 does: LRI or RLI), then an isolate still open at the end
     * of a line is closed there and opened again, with that direction, at the start of the next. The marks are
     * removed when the line is reordered, so nothing more is drawn.
     */
    public static List<String> keepIsolates(List<String> lines) {
        String directed = directed(String.join("", lines)); // same length: only FSI is replaced
        List<String> out = new ArrayList<>(lines.size());
        StringBuilder open = new StringBuilder();
        int start = 0;
        for (String logical : lines) {
            String line = directed.substring(start, start + logical.length());
            start += logical.length();
            StringBuilder l = new StringBuilder(open);
            l.append(line);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == LRI || c == RLI) {
                    open.append(c);
                } else if (c == PDI && !open.isEmpty()) {
                    open.setLength(open.length() - 1);
                }
            }
            l.append(String.valueOf(PDI).repeat(open.length()));
            out.add(l.toString());
        }
        return out;
    }

    /** FSI replaced by LRI or RLI after the first strong letter up to its PDI (nested isolates skipped); LRI if none. */
    static String directed(String text) {
        StringBuilder out = new StringBuilder(text);
        for (int i = 0; i < out.length(); i++) {
            if (out.charAt(i) != FSI) {
                continue;
            }
            char direction = LRI;
            int depth = 0;
            for (int j = i + 1; j < out.length(); ) {
                int cp = out.codePointAt(j);
                j += Character.charCount(cp);
                if (org.takatuf.core.text.Bidi.isIsolateMark(cp) && cp != PDI) {
                    depth++;
                } else if (cp == PDI) {
                    if (depth-- == 0) {
                        break;
                    }
                } else if (depth == 0) {
                    int type = UCharacter.getDirection(cp);
                    if (type == UCharacterDirection.LEFT_TO_RIGHT) {
                        break;
                    }
                    if (type == UCharacterDirection.RIGHT_TO_LEFT || type == UCharacterDirection.RIGHT_TO_LEFT_ARABIC) {
                        direction = RLI;
                        break;
                    }
                }
            }
            out.setCharAt(i, direction);
        }
        return out.toString();
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
