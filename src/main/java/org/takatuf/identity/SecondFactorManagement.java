package org.takatuf.identity;

import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.ConflictException;
import org.takatuf.core.UserInputException;

/**
 * The second factor (ASVS 6.3.3): time-based one-time codes (RFC 6238, 30 seconds, 6 digits, SHA-1,
 * what authenticator apps expect). A code is accepted one step either side of now, and only once.
 */
@Service
public class SecondFactorManagement {

    static final int PERIOD_SECONDS = 30;
    static final int DIGITS = 6;
    static final String ISSUER = "Takatuf";

    private final Members members;
    private final Clock clock;
    private final DefaultCodeGenerator codes = new DefaultCodeGenerator(HashingAlgorithm.SHA1, DIGITS);

    SecondFactorManagement(Members members, Clock clock) {
        this.members = members;
        this.clock = clock;
    }

    /** What the member scans or types into an authenticator app. */
    public record Enrolment(String secret, String otpauthUri, String qrDataUri) {
    }

    /** Starts (or restarts) enrolment with a fresh secret; the second factor is on only after {@link #confirm}. */
    @Transactional
    public Enrolment startEnrolment(MemberId id) {
        Member member = members.findById(id).orElseThrow();
        if (member.isTotpEnabled()) {
            throw new ConflictException("account.totp.already-on");
        }
        member.startTotpEnrolment(new DefaultSecretGenerator(32).generate());
        return enrolment(member);
    }

    /** The enrolment begun and not yet confirmed, to show again (e.g. after a wrong code). */
    @Transactional(readOnly = true)
    public java.util.Optional<Enrolment> pendingEnrolment(MemberId id) {
        Member member = members.findById(id).orElseThrow();
        return member.isTotpEnabled() || member.getTotpSecret() == null
                ? java.util.Optional.empty() : java.util.Optional.of(enrolment(member));
    }

    @Transactional
    public void confirm(MemberId id, String code) {
        Member member = members.findById(id).orElseThrow();
        if (member.isTotpEnabled()) {
            throw new ConflictException("account.totp.already-on");
        }
        if (member.getTotpSecret() == null) {
            throw new ConflictException("account.totp.not-started");
        }
        if (!accept(member, code)) {
            throw new UserInputException("account.totp.code-wrong");
        }
        member.confirmTotp();
    }

    /** Turning the second factor off needs a current code. */
    @Transactional
    public void turnOff(MemberId id, String code) {
        Member member = members.findById(id).orElseThrow();
        if (!member.isTotpEnabled()) {
            throw new ConflictException("account.totp.already-off");
        }
        if (!accept(member, code)) {
            throw new UserInputException("account.totp.code-wrong");
        }
        member.disableTotp();
    }

    /** The second step of signing in. */
    @Transactional
    public boolean verify(MemberId id, String code) {
        return members.findById(id).filter(Member::isTotpEnabled).map(m -> accept(m, code)).orElse(false);
    }

    @Transactional(readOnly = true)
    public boolean isOn(MemberId id) {
        return members.findById(id).map(Member::isTotpEnabled).orElse(false);
    }

    private boolean accept(Member member, String code) {
        String given = code == null ? "" : code.replaceAll("[\\s-]", "");
        if (!given.matches("\\d{" + DIGITS + "}") || member.getTotpSecret() == null) {
            return false;
        }
        long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
        for (long step = now - 1; step <= now + 1; step++) {
            if (MessageDigest.isEqual(code(member.getTotpSecret(), step).getBytes(StandardCharsets.US_ASCII),
                    given.getBytes(StandardCharsets.US_ASCII))) {
                return member.useTotpStep(step);
            }
        }
        return false;
    }

    private String code(String secret, long step) {
        try {
            return codes.generate(secret, step);
        } catch (CodeGenerationException e) {
            throw new IllegalStateException("Cannot compute a one-time code", e);
        }
    }

    private Enrolment enrolment(Member member) {
        QrData data = new QrData.Builder().label(member.getEmail()).secret(member.getTotpSecret()).issuer(ISSUER)
                .algorithm(HashingAlgorithm.SHA1).digits(DIGITS).period(PERIOD_SECONDS).build();
        try {
            ZxingPngQrGenerator generator = new ZxingPngQrGenerator();
            generator.setImageSize(240);
            return new Enrolment(member.getTotpSecret(), data.getUri(),
                    Utils.getDataUriForImage(generator.generate(data), generator.getImageMimeType()));
        } catch (QrGenerationException e) {
            throw new IllegalStateException("Cannot draw the QR code", e);
        }
    }
}
