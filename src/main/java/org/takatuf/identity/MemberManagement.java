package org.takatuf.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.io.InputStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.core.files.FileStorage;
import org.takatuf.core.files.Uploads;
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
    private final FileStorage files;

    MemberManagement(Members members, EmailTokens tokens, PasswordEncoder passwords, PasswordPolicy policy,
                     AccountMails mails, ApplicationEventPublisher events, Clock clock, FileStorage files) {
        this.files = files;
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

    /** Where avatars are stored ({@link FileStorage} area). */
    static final String AVATARS = "avatars";
    /**
     * Display names in Arabic or Latin letters (with their accents and marks), spaces, digits and the
     * punctuation names use; at least one letter.
     */
    private static final java.util.regex.Pattern DISPLAY_NAME = java.util.regex.Pattern.compile(
            "(?=.*[\\p{IsArabic}\\p{IsLatin}])[\\p{IsArabic}\\p{IsLatin}\\p{M}\\p{Nd}\u0640 .'\u2019\\-]+");

    /** The signed-in member's own account. */
    @Transactional(readOnly = true)
    public Member account(MemberId id) {
        return members.findById(id).orElseThrow(() -> new NotFoundException("member"));
    }

    /** A member's public profile: only members who can sign in (verified, not suspended) have one. */
    @Transactional(readOnly = true)
    public Optional<Member> publicProfile(UUID id) {
        return members.findById(id).filter(Member::isPubliclyVisible);
    }

    /** Replaces the avatar with a re-encoded copy of the image (no metadata survives). */
    @Transactional
    public void changeAvatar(MemberId id, byte[] image) {
        Member member = members.findById(id).orElseThrow();
        Uploads.Reencoded clean = Uploads.reencodeImage(image);
        String previous = member.getAvatarFile();
        member.replaceAvatar(files.store(AVATARS, clean.bytes(), clean.kind().extension));
        if (previous != null) {
            files.delete(AVATARS, previous);
        }
    }

    @Transactional
    public void removeAvatar(MemberId id) {
        Member member = members.findById(id).orElseThrow();
        if (member.getAvatarFile() != null) {
            files.delete(AVATARS, member.getAvatarFile());
            member.replaceAvatar(null);
        }
    }

    /** A public member's avatar. */
    @Transactional(readOnly = true)
    public Optional<Avatar> avatar(UUID id) {
        return publicProfile(id).filter(m -> m.getAvatarFile() != null)
                .flatMap(m -> files.open(AVATARS, m.getAvatarFile())
                        .map(in -> new Avatar(m.getAvatarFile(), m.getAvatarFile().endsWith(".png")
                                ? Uploads.Kind.PNG.contentType : Uploads.Kind.JPEG.contentType, in)));
    }

    /** An avatar's bytes; {@code name} changes whenever the image does. */
    public record Avatar(String name, String contentType, InputStream content) {
    }

    @Transactional
    public void updateProfile(MemberId id, ProfileForm form) {
        Member member = members.findById(id).orElseThrow();
        if (form.displayName() == null || !DISPLAY_NAME.matcher(form.displayName().strip()).matches()) {
            throw new UserInputException("account.profile.name.letters");
        }
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

    /** Platform administration: takes a role back (never the member role). */
    @Transactional
    public void revoke(MemberId id, Role role) {
        members.findById(id).orElseThrow(() -> new org.takatuf.core.NotFoundException("member")).revoke(role);
    }

    /** Platform administration: an administrator changes another account (never their own). */
    @Transactional
    public void administer(MemberId admin, MemberId target, String action) {
        Member acting = members.findById(admin).orElseThrow();
        if (!acting.hasRole(Role.ADMIN)) {
            throw new org.springframework.security.access.AccessDeniedException("admin only");
        }
        if (admin.equals(target)) {
            throw new ConflictException("admin.members.not-yourself");
        }
        members.findById(target).orElseThrow(() -> new org.takatuf.core.NotFoundException("member"));
        switch (action) {
            case "disable" -> disable(target);
            case "enable" -> enable(target);
            case "grant-moderator" -> grant(target, Role.MODERATOR);
            case "revoke-moderator" -> revoke(target, Role.MODERATOR);
            case "grant-admin" -> grant(target, Role.ADMIN);
            case "revoke-admin" -> revoke(target, Role.ADMIN);
            default -> throw new UserInputException("admin.members.unknown-action");
        }
        events.publishEvent(new MemberAdministered(admin, target, action));
    }

    /** Platform administration: find accounts by name or e-mail. */
    @Transactional(readOnly = true)
    public org.springframework.data.domain.Page<Member> search(String text, int page) {
        String query = text == null ? "" : text.strip();
        if (query.length() > 100) {
            throw new UserInputException("admin.members.query-too-long");
        }
        return members.search(query, org.springframework.data.domain.PageRequest.of(Math.max(0, Math.min(page, 10_000)), 50));
    }

    /** Platform administration: the account can no longer sign in and its sessions end. */
    @Transactional
    public void disable(MemberId id) {
        Member member = members.findById(id).orElseThrow();
        member.disable();
        events.publishEvent(new MemberDisabled(member.memberId(), member.getEmail()));
    }

    /** Moderation: the member's public profile is hidden (404) or shown again; the account itself keeps working. */
    @Transactional
    public void hideProfile(MemberId id, boolean hidden) {
        members.findById(id.value()).ifPresent(m -> m.profileHidden(hidden));
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
