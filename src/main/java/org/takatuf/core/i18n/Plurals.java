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

    public String format(String key, Locale locale, Object... arguments) {
        String pattern = messages.getMessage(key, null, locale);
        return new MessageFormat(pattern, locale).format(arguments);
    }
}
