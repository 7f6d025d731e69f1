package org.takatuf.identity.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.takatuf.core.UserInputException;

/** quality.md line 2 (ASVS 6.2.1, 6.2.4): at least 8 characters in any script, common passwords refused. */
class PasswordPolicyUnitTest {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void sevenCharactersAreTooFewAndEightInAnyScriptAreEnough() {
        assertThatThrownBy(() -> policy.check("kT9#mQ2", "a@b.org")).isInstanceOf(UserInputException.class)
                .extracting(e -> ((UserInputException) e).messageKey()).isEqualTo("password.too-short");
        assertThatCode(() -> policy.check("kT9#mQ2x", "a@b.org")).doesNotThrowAnyException();
        // eight Arabic letters count as eight characters
        assertThatCode(() -> policy.check("تكاتفنامعاً", "a@b.org")).doesNotThrowAnyException();
        assertThatThrownBy(() -> policy.check("تكاتفنا", "a@b.org")).isInstanceOf(UserInputException.class);
    }

    @Test
    void theMostCommonPasswordsAndTheEmailItselfAreRefused() {
        for (String common : new String[] {"password123", "12345678", "qwertyuiop", "iloveyou"}) {
            assertThatThrownBy(() -> policy.check(common, "a@b.org")).as(common).isInstanceOf(UserInputException.class)
                    .extracting(e -> ((UserInputException) e).messageKey()).isEqualTo("password.too-common");
        }
        assertThatThrownBy(() -> policy.check("layla.haddad@example.org", "Layla.Haddad@example.org"))
                .extracting(e -> ((UserInputException) e).messageKey()).isEqualTo("password.is-email");
    }

    @Test
    void overlongPasswordsAreRefused() {
        assertThatThrownBy(() -> policy.check("x".repeat(129), "a@b.org"))
                .extracting(e -> ((UserInputException) e).messageKey()).isEqualTo("password.too-long");
    }
}
