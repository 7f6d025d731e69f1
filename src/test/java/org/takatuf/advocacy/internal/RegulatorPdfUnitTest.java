package org.takatuf.advocacy.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.takatuf.advocacy.Sector;
import org.takatuf.core.SiteLinks;
import org.takatuf.core.documents.ArabicPdf;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.i18n.Plurals;

/**
 * The complaint for the regulator keeps what people wrote in its own order: the complainant's and the company's
 * names, the title, the story (also across the lines it is wrapped into), the details, the answers and the captions
 * are isolated, the isolates are honoured when each line is put in visual order, and no mark is drawn.
 */
class RegulatorPdfUnitTest {

    private static final Locale ARABIC = Locale.forLanguageTag("ar");
    private static final String MARKS = "[\u2066-\u2069]";

    private static RegulatorPdf pdf() throws IOException {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("i18n/messages", "i18n/advocacy");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        BufferedImage picture = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture, "png", png);
        FileStorage files = new FileStorage() {
            @Override
            public String store(String area, byte[] content, String extension) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<InputStream> open(String area, String name) {
                return Optional.of(new ByteArrayInputStream(png.toByteArray()));
            }

            @Override
            public void delete(String area, String name) {
                throw new UnsupportedOperationException();
            }
        };
        return new RegulatorPdf(messages, new Plurals(messages), files, new SiteLinks("http://localhost:8080"));
    }

    private static RegulatorPdf.Content content(String complainant, String company, String title, String whatHappened,
                                                String details, String answer, String caption) {
        Instant sent = Instant.parse("2026-11-01T10:00:00Z");
        UUID id = UUID.randomUUID();
        Complaint complaint = new Complaint(id, 42, UUID.randomUUID(), UUID.randomUUID(), title, whatHappened, Outcome.REFUND,
                details, Sector.TELECOM, null, ComplaintStatus.UNRESOLVED, sent, sent, sent, null, null, false, null, null);
        Company c = new Company(UUID.randomUUID(), company, "JO", Sector.TELECOM, null, sent, null);
        return new RegulatorPdf.Content(complaint, c, null, complainant, "sam@example.org", new SupportManagement.Counts(3, 1),
                List.of(new Response(UUID.randomUUID(), id, UUID.randomUUID(), true, answer, sent)),
                List.of(new Evidence(UUID.randomUUID(), id, UUID.randomUUID(), caption, "e.png", "image/png", sent)),
                Duration.ofDays(20));
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    /**
     * Each drawn line's characters in the order they were drawn, left to right. The font's map back to text gives
     * some shaped Arabic letters as their base letter, so both sides of a comparison are NFKC-normalised ({@link #visual}).
     */
    private static List<String> drawn(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                Map<Float, StringBuilder> lines = new TreeMap<>();
                PDFTextStripper stripper = new PDFTextStripper() {
                    @Override
                    protected void processTextPosition(TextPosition glyph) {
                        lines.computeIfAbsent(glyph.getY(), y -> new StringBuilder()).append(glyph.getUnicode());
                    }
                };
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                stripper.getText(document);
                lines.values().forEach(l -> out.add(Normalizer.normalize(l, Normalizer.Form.NFKC)));
            }
        }
        return out;
    }

    /** A line as {@link ArabicPdf} draws it, normalised like {@link #drawn}. */
    static String visual(String logical, boolean rtl) {
        return Normalizer.normalize(ArabicPdf.visual(logical, rtl), Normalizer.Form.NFKC);
    }

    @Test
    void latinValuesEndingInPunctuationKeepTheirOrderInAnArabicComplaint() throws IOException {
        String story = "The parcel arrived on 3 March, opened and resealed with tape, and when I opened it in front of the "
                + "courier the box was empty: no camera, no lens, no charger, no receipt, and nobody answered the phone since.";
        byte[] pdf = pdf().render(content("Sam O'Neil Jr.", "Bench 2026!", "Refund now!", story, "Full refund, 450 JOD.",
                "We are looking into it.", "Receipt #12."), ARABIC);
        Files.write(Path.of("target/regulator-bidi-ar.pdf"), pdf); // to look at
        // what a reader copies: the values, no mark (PDFTextStripper guesses a logical order back from the drawn
        // glyphs and moves a run's edge punctuation itself, so the order is checked on the glyphs as drawn)
        assertThat(text(pdf)).contains("Sam O'Neil Jr", "Bench 2026", "Refund now", "Receipt #12").doesNotContainPattern(MARKS);
        List<String> drawn = drawn(pdf);
        assertThat(drawn).noneSatisfy(l -> assertThat(l).containsPattern(MARKS));
        // a value alone on its line is drawn in its own (left-to-right) order, its punctuation at its end
        assertThat(drawn).contains("Refund now!", "We are looking into it.");
        assertThat(drawn).anySatisfy(l -> assertThat(l).startsWith("Receipt #12."));
        // the story is wrapped into lines: each keeps the value's order, the last one ends with its full stop
        assertThat(drawn).anySatisfy(l -> assertThat(l).startsWith("The parcel arrived on 3 March,"));
        assertThat(drawn).anySatisfy(l -> assertThat(l).endsWith("since."));
        // joined with labels and other values
        assertThat(drawn).anySatisfy(l -> assertThat(l).startsWith("sam@example.org — Sam O'Neil Jr. :"));
        assertThat(drawn).anySatisfy(l -> assertThat(l).contains("Full refund, 450 JOD. —"));
        assertThat(drawn).noneSatisfy(l -> assertThat(l).containsAnyOf(".Sam", "!Bench", "!Refund", ".Receipt", ".The", ".Full", ".since", ".courier"));
    }

    @Test
    void arabicValuesKeepTheirOrderInAnEnglishComplaint() throws IOException {
        String story = "وصل الطرد مفتوحًا وفيه علبة فارغة، ولم يرد أحد على الهاتف منذ ذلك اليوم، ولا على البريد، "
                + "ولا على الرسائل التي أرسلتها إلى حساب الشركة، وما زلت أنتظر استرداد المبلغ كاملًا!";
        byte[] pdf = pdf().render(content("سامي ع.", "6 أكتوبر للاتصالات", "أعيدوا المبلغ!", story, null,
                "نتابع الأمر.", "الإيصال رقم 12."), Locale.ENGLISH);
        Files.write(Path.of("target/regulator-bidi-en.pdf"), pdf); // to look at
        assertThat(text(pdf)).contains("Complaint to the regulator", "Company:").doesNotContainPattern(MARKS);
        List<String> drawn = drawn(pdf);
        assertThat(drawn).noneSatisfy(l -> assertThat(l).containsPattern(MARKS));
        // a company whose name starts with a number keeps the number with its words
        assertThat(drawn).anySatisfy(l -> assertThat(l).startsWith("Company: " + visual("6 أكتوبر للاتصالات", true) + " (JO)"));
        // the "." of an abbreviated name stays at its (left) end
        assertThat(drawn).anySatisfy(l -> assertThat(l).startsWith("Complainant: " + visual("سامي ع.", true) + " — "));
        // values alone on their line, right to left, their punctuation on the left
        assertThat(drawn).contains(visual("أعيدوا المبلغ!", true), visual("نتابع الأمر.", true));
        assertThat(drawn).anySatisfy(l -> assertThat(l).startsWith("!" + visual("كاملًا", true)));
        assertThat(drawn).anySatisfy(l -> assertThat(l).startsWith("1. " + visual("الإيصال رقم 12.", true)));
    }
}
