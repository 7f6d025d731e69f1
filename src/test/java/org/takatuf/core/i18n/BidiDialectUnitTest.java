package org.takatuf.core.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.StringTemplateResolver;

/** {@code #bidi} works where the mails render (a plain {@link Context}, HTML and TEXT) and in restricted attributes. */
class BidiDialectUnitTest {

    private static String render(TemplateMode mode, String template, String name) {
        StringTemplateResolver resolver = new StringTemplateResolver();
        resolver.setTemplateMode(mode);
        SpringTemplateEngine engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.addDialect(new BidiDialect());
        Context context = new Context(Locale.ENGLISH);
        context.setVariable("name", name);
        return engine.process(template, context);
    }

    @Test
    void isolatesInHtmlTextAndInARestrictedAttribute() {
        assertThat(render(TemplateMode.HTML, "<p th:text=\"'Hello ' + ${#bidi.isolate(name)}\">x</p>", "ليلى"))
                .isEqualTo("<p>Hello \u2068ليلى\u2069</p>");
        assertThat(render(TemplateMode.TEXT, "Hello [(${#bidi.isolate(name)})],", "Layla 2"))
                .isEqualTo("Hello \u2068Layla 2\u2069,");
        // th:aria-label and th:attr are evaluated in restricted mode, which refuses bean references but not #bidi
        assertThat(render(TemplateMode.HTML, "<button th:aria-label=\"'Revoke ' + ${#bidi.isolate(name)}\">x</button>", "سكربت"))
                .isEqualTo("<button aria-label=\"Revoke \u2068سكربت\u2069\">x</button>");
    }

    @Test
    void emptyAndMissingValuesStayEmpty() {
        assertThat(render(TemplateMode.TEXT, "[[${#bidi.isolate(name)}]]", null)).isEqualTo("");
    }
}
