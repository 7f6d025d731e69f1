package org.takatuf.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.internal.AccountMails;
import org.takatuf.identity.internal.EmailToken;
import org.takatuf.identity.internal.EmailTokens;
import org.takatuf.identity.internal.PasswordPolicy;
import org.takatuf.identity.internal.Tokens;

/** Accounts: sign-up, e-mail verification, passwords. */
@Service
public class MemberManagement {

    static final Duration VERIFICATION_VALIDITY = Duration.ofDays(3);
    static final Duration RESET_VALIDITY = Duration.ofHours(1);

    private final Members members;
    private final EmailTokens tokens;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final AccountMails mails;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MemberManagement(Members members, EmailTokens tokens, PasswordEncoder passwords, PasswordPolicy policy,
                     AccountMails mails, ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.tokens = tokens;
        this.passwords = passwords;
        this.policy = policy;
        this.mails = mails;
        this.events = events;
        this.clock = clock;
    }

    /** Creates an unverified account and sends the verification link. */
    @Transactional
    public MemberId signUp(SignUpForm form, Locale locale) {
        String email = form.email().trim();
        if (members.findByEmail(email).isPresent()) {
            throw new ConflictException("signup.email-taken");
        }
        policy.check(form.password(), email);
        Member member = members.saveAndFlush(new Member(email, passwords.encode(form.password()), form.displayName(),
                locale, clock.instant()));
        sendVerification(member);
        events.publishEvent(new MemberSignedUp(member.memberId()));
        return member.memberId();
    }

    /** Sends a fresh verification link; earlier links stop working. */
    @Transactional
    public void resendVerification(MemberId id) {
        Member member = members.findById(id).orElseThrow();
        if (!member.isEmailVerified()) {
            sendVerification(member);
        }
    }

    private void sendVerification(Member member) {
        String secret = issue(member, EmailToken.Purpose.VERIFY_EMAIL, VERIFICATION_VALIDITY);
        mails.send(member.getEmail(), member.getPreferredLocale(), "verify-email", "mail.verify.subject",
                Map.of("name", member.getDisplayName(), "link", mails.link("/verify-email?token=" + secret)));
    }

    /** Marks the e-mail address verified; a used, expired or unknown link is refused. */
    @Transactional
    public MemberId verifyEmail(String secret) {
        EmailToken token = usableToken(secret, EmailToken.Purpose.VERIFY_EMAIL);
        Member member = members.findById(token.getMemberId()).orElseThrow();
        token.use(clock.instant());
        member.verifyEmail(clock.instant());
        return member.memberId();
    }

    /**
     * Sends a reset link if the address belongs to a member. The answer is the same either way so that
     * nobody can find out who has an account.
     */
    @Transactional
    public void requestPasswordReset(String email) {
        if (email == null || email.isBlank()) {
            return;
        }
        members.findByEmail(email.trim()).filter(Member::isEnabled).ifPresent(member -> {
            String secret = issue(member, EmailToken.Purpose.RESET_PASSWORD, RESET_VALIDITY);
            mails.send(member.getEmail(), member.getPreferredLocale(), "reset-password", "mail.reset.subject",
                    Map.of("name", member.getDisplayName(), "link", mails.link("/reset-password?token=" + secret)));
        });
    }

    /** True while a reset link can still be used (the form is shown only then). */
    @Transactional(readOnly = true)
    public boolean isResetLinkUsable(String secret) {
        return secret != null && tokens.findById(Tokens.hash(secret))
                .filter(t -> t.getPurpose() == EmailToken.Purpose.RESET_PASSWORD)
                .filter(t -> t.isUsable(clock.instant())).isPresent();
    }

    @Transactional
    public MemberId resetPassword(String secret, String newPassword) {
        EmailToken token = usableToken(secret, EmailToken.Purpose.RESET_PASSWORD);
        Member member = members.findById(token.getMemberId()).orElseThrow();
        policy.check(newPassword, member.getEmail());
        token.use(clock.instant());
        member.changePassword(passwords.encode(newPassword));
        // a reset proves the mailbox: the address is verified too
        member.verifyEmail(clock.instant());
        events.publishEvent(new PasswordChanged(member.memberId()));
        return member.memberId();
    }

    @Transactional
    public void changePassword(MemberId id, String currentPassword, String newPassword) {
        Member member = members.findById(id).orElseThrow();
        if (currentPassword == null || !passwords.matches(currentPassword, member.getPasswordHash())) {
            throw new UserInputException("password.current-wrong");
        }
        policy.check(newPassword, member.getEmail());
        member.changePassword(passwords.encode(newPassword));
        events.publishEvent(new PasswordChanged(member.memberId()));
    }

    @Transactional
    public void updateProfile(MemberId id, ProfileForm form) {
        Member member = members.findById(id).orElseThrow();
        member.updateProfile(form.displayName(), form.city(), form.bio(), form.languages(),
                Locale.forLanguageTag(form.preferredLocale() == null ? "ar" : form.preferredLocale()));
    }

    @Transactional
    public void changePreferredLocale(MemberId id, Locale locale) {
        members.findById(id).ifPresent(m -> m.changePreferredLocale(locale));
    }

    /** Platform administration: grants a role. */
    @Transactional
    public void grant(MemberId id, Role role) {
        members.findById(id).orElseThrow().grant(role);
    }

    /** Platform administration: the account can no longer sign in and its sessions end. */
    @Transactional
    public void disable(MemberId id) {
        Member member = members.findById(id).orElseThrow();
        member.disable();
        events.publishEvent(new MemberDisabled(member.memberId(), member.getEmail()));
    }

    @Transactional
    public void enable(MemberId id) {
        members.findById(id).orElseThrow().enable();
    }

    private String issue(Member member, EmailToken.Purpose purpose, Duration validity) {
        Instant now = clock.instant();
        tokens.retireAll(member.getId(), purpose, now);
        String secret = Tokens.newSecret();
        tokens.save(new EmailToken(Tokens.hash(secret), member.getId(), purpose, now, validity));
        return secret;
    }

    private EmailToken usableToken(String secret, EmailToken.Purpose purpose) {
        if (secret == null || secret.isBlank()) {
            throw new UserInputException("link.invalid");
        }
        return tokens.findById(Tokens.hash(secret))
                .filter(t -> t.getPurpose() == purpose)
                .filter(t -> t.isUsable(clock.instant()))
                .orElseThrow(() -> new UserInputException("link.invalid"));
    }
}
