package org.takatuf.core.i18n;

import java.util.Locale;

import com.ibm.icu.text.MessageFormat;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Messages with counts, formatted by ICU so that Arabic gets its six plural forms (zero, one, two,
 * few, many, other). Bundle values use ICU syntax:
 * {@code members.count={0, plural, zero {لا أعضاء} one {عضو واحد} two {عضوان} few {# أعضاء} many {# عضوًا} other {# عضو}}}.
 * Templates call {@code ${@plurals.count('members.count', n)}}.
 */
@Component("plurals")
public class Plurals {

    private final MessageSource messages;

    public Plurals(MessageSource messages) {
        this.messages = messages;
    }

    public String count(String key, long count) {
        return format(key, LocaleContextHolder.getLocale(), count);
    }

    /**
     * Any message: ICU formatting when its pattern has a plural (so Arabic gets its six forms), Spring's
     * ordinary formatting otherwise. For texts stored with their arguments, such as notices.
     */
    public String message(String key, Locale locale, Object... arguments) {
        String pattern = messages.getMessage(key, null, locale);
        if (!pattern.contains(", plural,")) {
            return messages.getMessage(key, arguments, locale);
        }
        // stored arguments are text (a String[] may arrive here): "2.5" must count as a number
        Object[] numbers = java.util.Arrays.copyOf(arguments, arguments.length, Object[].class);
        for (int i = 0; i < numbers.length; i++) {
            if (numbers[i] instanceof String text && text.matches("-?\\d{1,15}(\\.\\d{1,6})?")) {
                numbers[i] = new java.math.BigDecimal(text);
            }
        }
        return format(key, locale, numbers);
    }

    public String format(String key, Locale locale, Object... arguments) {
        String pattern = messages.getMessage(key, null, locale);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
