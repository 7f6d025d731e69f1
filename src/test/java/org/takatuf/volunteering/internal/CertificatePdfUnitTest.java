package org.takatuf.volunteering.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class CertificatePdfUnitTest {

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
}
