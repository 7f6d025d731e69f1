package org.takatuf.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * No user-visible text is written into a template: text and the attributes people read (placeholder,
 * title, alt, aria-label) come from the message bundles. Literal text is allowed only as the
 * placeholder content of an element whose content Thymeleaf replaces.
 */
class TemplateTextUnitTest {

    private static final Pattern LETTERS = Pattern.compile("[\\p{L}]");
    private static final Set<String> REPLACING = Set.of("th:text", "th:utext", "th:replace", "th:insert", "th:remove",
            "th:errors", "th:field");
    private static final List<String> READ_ATTRIBUTES = List.of("placeholder", "title", "alt", "aria-label", "value");
    /** Words that are not language: brand names written the same in both languages, technical tokens. */
    private static final Set<String> ALLOWED = Set.of("Takatuf", "JPEG", "PNG", "PDF", "QR", "CSV");

    @Test
    void htmlTemplatesHaveNoLiteralText() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            String html = resource.getContentAsString(StandardCharsets.UTF_8);
            Document document = Jsoup.parse(html, "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (isReplaced(element)) {
                    continue;
                }
                for (TextNode text : element.textNodes()) {
                    String value = text.text().strip();
                    if (isLanguage(value)) {
                        problems.add(resource.getFilename() + ": text '" + value + "' in <" + element.tagName() + ">");
                    }
                }
                for (String attribute : READ_ATTRIBUTES) {
                    String value = element.attr(attribute);
                    boolean dynamic = element.hasAttr("th:" + attribute) || element.hasAttr("th:attr");
                    if (!dynamic && isLanguage(value) && !(attribute.equals("value") && !element.tagName().equals("button")
                            && !element.attr("type").equals("submit"))) {
                        problems.add(resource.getFilename() + ": " + attribute + "='" + value + "' in <" + element.tagName() + ">");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    /**
     * The pages' CSP is {@code style-src 'self'}: a style attribute or an inline {@code <style>} is blocked by the
     * browser (it never applies, and Lighthouse counts the console error). Styles belong in static/css. Mail
     * templates are exempt: mail clients need inline styles and no CSP applies there.
     */
    @Test
    void pagesHaveNoInlineStyles() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.html")) {
            if (resource.getURL().getPath().contains("/templates/mail/")) {
                continue;
            }
            Document document = Jsoup.parse(resource.getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
            for (Element element : document.getAllElements()) {
                if (element.hasAttr("style") || element.hasAttr("th:style") || element.tagName().equals("style")) {
                    problems.add(resource.getFilename() + ": inline style in <" + element.tagName() + ">");
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void textMailTemplatesOnlyUseMessages() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/**/*.txt")) {
            String text = resource.getContentAsString(StandardCharsets.UTF_8)
                    .replaceAll("(?s)\\[\\(.*?\\)]", "").replaceAll("(?s)\\[#.*?]", "").replaceAll("\\[/]", "");
            if (isLanguage(text.strip())) {
                problems.add(resource.getFilename() + ": literal text '" + text.strip() + "'");
            }
        }
        assertThat(problems).isEmpty();
    }

    private static boolean isReplaced(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            for (String attribute : REPLACING) {
                if (e.hasAttr(attribute)) {
                    return true;
                }
            }
            if (e.tagName().equals("script") || e.tagName().equals("style")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLanguage(String value) {
        if (value == null || value.isBlank() || !LETTERS.matcher(value).find()) {
            return false;
        }
        return !ALLOWED.contains(value.strip());
    }
}
