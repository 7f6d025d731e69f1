package org.takatuf.identity.internal;

import java.util.Locale;

import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import org.springframework.stereotype.Component;
import org.takatuf.core.UserInputException;

/**
 * ASVS 6.2.1 and 6.2.4: at least 8 characters (64 allowed, any script), and none of the most common
 * passwords. The common-password list is nbvcxz's "passwords" dictionary (leaked-password rankings).
 */
@Component
public class PasswordPolicy {

    static final int MIN_LENGTH = 8;
    static final int MAX_LENGTH = 128;
    /** Passwords ranked within this many of the most used are refused. */
    static final int COMMON_RANK_LIMIT = 10_000;

    private final Dictionary common = ConfigurationBuilder.getDefaultDictionaries().stream()
            .filter(d -> d.getDictionaryName().equals("passwords")).findFirst()
            .orElseThrow(() -> new IllegalStateException("nbvcxz passwords dictionary missing"));

    public void check(String password, String email) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new UserInputException("password.too-short", MIN_LENGTH);
        }
        if (password.length() > MAX_LENGTH) {
            throw new UserInputException("password.too-long", MAX_LENGTH);
        }
        if (isCommon(password)) {
            throw new UserInputException("password.too-common");
        }
        if (email != null && password.equalsIgnoreCase(email.trim())) {
            throw new UserInputException("password.is-email");
        }
    }

    boolean isCommon(String password) {
        Integer rank = common.getDictonary().get(password.toLowerCase(Locale.ROOT));
        return rank != null && rank <= COMMON_RANK_LIMIT;
    }
}
