package org.takatuf.identity;

import java.time.Clock;
import java.util.Locale;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.internal.PasswordPolicy;

/**
 * Accounts that the platform itself creates, not a person through the sign-up form: the demo
 * content of the embedded default, the first platform administrator of a new installation, test
 * fixtures. The address is taken as verified because whoever runs the platform vouches for it; the
 * password policy still applies.
 */
@Service
public class AccountProvisioning {

    private final Members members;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Clock clock;

    AccountProvisioning(Members members, PasswordEncoder passwords, PasswordPolicy policy, Clock clock) {
        this.members = members;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
    }

    /**
     * Creates an enabled account with a verified address and the given public profile.
     *
     * @throws ConflictException when the address is taken
     * @throws UserInputException when the password breaks the policy or a field is missing
     */
    @Transactional
    public MemberId createVerified(String email, String password, String displayName, String city, String bio,
                                   Locale locale, Role... roles) {
        if (email == null || email.isBlank()) {
            throw new UserInputException("signup.email.required");
        }
        if (displayName == null || displayName.isBlank()) {
            throw new UserInputException("signup.name.required");
        }
        if (members.findByEmail(email.trim()).isPresent()) {
            throw new ConflictException("signup.email-taken");
        }
        policy.check(password, email);
        Member member = new Member(email.trim(), passwords.encode(password), displayName, locale, clock.instant());
        member.verifyEmail(clock.instant());
        member.updateProfile(displayName, city, bio, null, locale);
        for (Role role : roles) {
            member.grant(role);
        }
        return members.saveAndFlush(member).memberId();
    }
}
