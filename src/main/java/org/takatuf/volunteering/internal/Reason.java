package org.takatuf.volunteering.internal;

import java.util.Arrays;

import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

/**
 * Why a match scores what it does, as a message key and arguments ("matches {0}", "{0} km away").
 * Arguments that are themselves message keys are passed as {@link MessageSourceResolvable}s so that
 * the message source translates them too.
 *
 * @param positive false for a reason that lowered the score
 */
public record Reason(String key, boolean positive, Object... arguments) implements MessageSourceResolvable {

    public static Reason of(String key, Object... arguments) {
        return new Reason(key, true, arguments);
    }

    public static Reason against(String key, Object... arguments) {
        return new Reason(key, false, arguments);
    }

    public static MessageSourceResolvable label(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    @Override
    public String[] getCodes() {
        return new String[] {key};
    }

    @Override
    public Object[] getArguments() {
        return arguments.clone();
    }

    @Override
    public String getDefaultMessage() {
        return null;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Reason r && r.key.equals(key) && r.positive == positive && Arrays.equals(r.arguments, arguments);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + Arrays.toString(arguments);
    }
}
