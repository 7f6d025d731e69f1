package org.takatuf.core.i18n;

import java.util.Set;

import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

/**
 * The {@code #bidi} expression object of every template: {@code #{mail.greeting(${#bidi.isolate(name)})}}. Spring
 * Boot adds each {@code IDialect} bean to its {@code SpringTemplateEngine}, which is the one engine of the
 * application: it renders the pages and, through the {@code TemplateEngine} the mail senders inject, the e-mails
 * (HTML and the TEXT-mode {@code -text.txt} parts). An expression object, unlike a bean reference ({@code @name}),
 * needs no Spring evaluation context, which a mail's plain {@code Context} does not have, and is allowed in the
 * expressions Thymeleaf evaluates in restricted mode ({@code th:attr}, {@code th:aria-label}...).
 */
@Component
public class BidiDialect extends AbstractDialect implements IExpressionObjectDialect {

    /** The expression object's name: {@code #bidi}. */
    public static final String NAME = "bidi";

    private static final BidiHelper HELPER = new BidiHelper();

    public BidiDialect() {
        super("Takatuf bidi");
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of(NAME);
            }

            @Override
            public Object buildObject(IExpressionContext context, String expressionObjectName) {
                return NAME.equals(expressionObjectName) ? HELPER : null;
            }

            @Override
            public boolean isCacheable(String expressionObjectName) {
                return true;
            }
        };
    }
}
