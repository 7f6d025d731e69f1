package org.takatuf.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.takatuf.core.documents.ArabicPdf;

/**
 * The certificate's PDF. The holder's and the organisations' names are isolated in their lines: read back, a Latin
 * name ending in punctuation keeps its order on an Arabic certificate, an Arabic one its own on an English
 * certificate, and no mark is drawn.
 */
class CertificatePdfUnitTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");

    static CertificatePdf pdf() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/volunteering");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return new CertificatePdf(messages, new org.takatuf.core.SiteLinks("http://localhost:8080"));
    }

    static Certificate certificate(Locale locale) {
        return new Certificate("ABCDEFGH2345", UUID.randomUUID(), "فاطمة الزهراء حسن", 630, 4, "بنك الطعام المصري، جري القاهرة",
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 27), locale, Instant.parse("2026-11-22T10:00:00Z"));
    }

    /** A line as {@link ArabicPdf} draws it, normalised like {@link #drawn}. */
    static String visual(String logical, boolean rtl) {
        return Normalizer.normalize(ArabicPdf.visual(logical, rtl), Normalizer.Form.NFKC);
    }

    @Test
    void arabicIsShapedIntoJoiningFormsAndPutInVisualOrder() {
        String visual = CertificatePdf.visual("سلام", true);
        // seen (isolated U+0633) becomes its initial form U+FEB3, and the line is reversed for left-to-right drawing
        assertThat(visual).doesNotContain("س").contains("\uFEB3");
        assertThat(visual.codePointAt(visual.length() - 1)).isEqualTo(0xFEB3);
        // lam + alef becomes one ligature glyph
        assertThat(CertificatePdf.visual("سلام", true)).contains("\uFEFC");
        assertThat(CertificatePdf.visual("Takatuf 2026", false)).isEqualTo("Takatuf 2026");
    }

    @Test
    void rendersOnePageWithTheEmbeddedFontInBothLanguages() throws IOException {
        for (Locale locale : new Locale[] {Locale.forLanguageTag("ar"), Locale.ENGLISH}) {
            byte[] bytes = pdf().render(certificate(locale));
            try (PDDocument document = Loader.loadPDF(bytes)) {
                assertThat(document.getNumberOfPages()).isEqualTo(1);
                PDFont font = document.getPage(0).getResources().getFont(document.getPage(0).getResources().getFontNames().iterator().next());
                assertThat(font.getName()).contains("Amiri");
                assertThat(font.isEmbedded()).isTrue();
                // a picture to look at (target/certificate-ar.png, target/certificate-en.png)
                BufferedImage image = new PDFRenderer(document).renderImageWithDPI(0, 60);
                ImageIO.write(image, "PNG", new File("target/certificate-" + locale.getLanguage() + ".png"));
                assertThat(image.getWidth()).isGreaterThan(image.getHeight());
            }
        }
    }

    static Certificate certificate(Locale locale, String holder, String organisations) {
        return new Certificate("ABCDEFGH2345", UUID.randomUUID(), holder, 630, 4, organisations, LocalDate.of(2026, 3, 6),
                LocalDate.of(2026, 3, 27), locale, Instant.parse("2026-11-22T10:00:00Z"));
    }

    /** The extracted text, as a reader copies it. */
    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Each drawn line's characters in the order they were drawn, left to right. The font's map back to text gives
     * some shaped Arabic letters as their base letter, so both sides of a comparison are NFKC-normalised ({@link #visual}).
     */
    static List<String> drawn(byte[] pdf) throws IOException {
        Map<Float, StringBuilder> lines = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition glyph) {
                    lines.computeIfAbsent(glyph.getY(), y -> new StringBuilder()).append(glyph.getUnicode());
                }
            };
            stripper.getText(document);
        }
        List<String> out = new ArrayList<>();
        lines.values().forEach(l -> out.add(Normalizer.normalize(l, Normalizer.Form.NFKC)));
        return out;
    }

    @Test
    void latinNamesEndingInPunctuationKeepTheirOrderOnAnArabicCertificate() throws IOException {
        byte[] pdf = pdf().render(certificate(ARABIC, "Sam O'Neil Jr.", "Bench 2026!، بنك الطعام المصري"));
        Files.write(Path.of("target/certificate-bidi-ar.pdf"), pdf); // to look at
        // what a reader copies: every name, no mark (PDFTextStripper guesses a logical order back from the drawn
        // glyphs and moves a run's edge punctuation itself, so the order is checked on the glyphs as drawn)
        assertThat(text(pdf)).contains("Sam O'Neil Jr", "Bench 2026", "بنك الطعام المصري")
                .doesNotContain("\u2066", "\u2067", "\u2068", "\u2069");
        List<String> drawn = drawn(pdf);
        // the body, drawn right to left: the whole name sits between "بأن" and "تطوّع", its "." at its own end
        String body = visual("تطوّع", true) + " Sam O'Neil Jr. " + visual("بأن", true);
        assertThat(drawn).anySatisfy(l -> assertThat(l).contains(body));
        // the organisations' line, right to left: the Arabic name on the left, then "Bench 2026!" whole, then the label
        assertThat(drawn).anySatisfy(l -> assertThat(l)
                .isEqualTo(visual("بنك الطعام المصري", true) + " ،Bench 2026! :" + visual("الجهات", true)));
        assertThat(drawn).noneSatisfy(l -> assertThat(l).containsAnyOf("\u2066", "\u2067", "\u2068", "\u2069"));
    }

    @Test
    void arabicNamesKeepTheirOwnOrderOnAnEnglishCertificate() throws IOException {
        byte[] pdf = pdf().render(certificate(Locale.ENGLISH, "سامي ع.", "6 أكتوبر للتنمية"));
        Files.write(Path.of("target/certificate-bidi-en.pdf"), pdf); // to look at
        assertThat(text(pdf)).contains("Takatuf certifies that", "volunteered").doesNotContain("\u2066", "\u2067", "\u2068", "\u2069");
        List<String> drawn = drawn(pdf);
        // the "." of an abbreviated family name stays at the left end of the Arabic name, not after it in the English
        assertThat(drawn).anySatisfy(l -> assertThat(l)
                .contains("Takatuf certifies that " + visual("سامي ع.", true) + " volunteered")
                .contains("that .")
                .doesNotContain(". volunteered"));
        // an organisation whose name starts with a number keeps the number with its words
        assertThat(drawn).anySatisfy(l -> assertThat(l).isEqualTo("Organisations: " + visual("6 أكتوبر للتنمية", true))
                .endsWith(" 6"));
        assertThat(drawn).noneSatisfy(l -> assertThat(l).containsAnyOf("\u2066", "\u2067", "\u2068", "\u2069"));
    }

    @Test
    void eachFrozenOrganisationNameIsIsolatedOnItsOwn() {
        assertThat(CertificatePdf.organisations(certificate(ARABIC, "x", "Bench 2026!، بنك الطعام")))
                .isEqualTo("\u2068Bench 2026!\u2069، \u2068بنك الطعام\u2069");
        assertThat(CertificatePdf.organisations(certificate(ARABIC, "x", ""))).isEmpty();
    }
}
