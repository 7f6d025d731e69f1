package org.takatuf.moderation.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.core.Sha256;
import org.takatuf.core.moderation.ContentScreening;
import org.takatuf.core.text.ArabicText;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.MemberManagement;

/**
 * The automatic hold. Asked by a module before it stores a new public text (a check through the core port, not a
 * listener: a listener runs after the commit, when the public may already have seen the text). A text is held
 * when its author's account is younger than {@code newAccountDays} and it carries a link, when it is nothing but
 * links, when it contains a listed word, or when the same author posted the same text on
 * {@code repeatedTextTargets} things within a day. A held thing is queued here, in the caller's transaction.
 */
@Component
class AutomaticHolds implements ContentScreening {

    private static final Pattern LINK = Pattern.compile(
            "(?i)\\b(?:https?://|www\\.)\\S+|\\b[\\p{L}\\p{N}-]+\\.(?:com|net|org|info|biz|xyz|io|co|me|ly|link|click|top|site|online|shop)\\b(?:/\\S*)?");

    private final ModerationSettings settings;
    private final MemberManagement members;
    private final ModerationManagement moderation;
    private final JdbcClient jdbc;
    private final Clock clock;

    AutomaticHolds(ModerationSettings settings, MemberManagement members, ModerationManagement moderation, JdbcClient jdbc, Clock clock) {
        this.settings = settings;
        this.members = members;
        this.moderation = moderation;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional
    public Optional<String> screen(String type, UUID id, UUID author, String text) {
        Optional<String> reason = reason(type, id, author, text == null ? "" : text);
        reason.ifPresent(r -> moderation.hold(type, id, author, r));
        return reason;
    }

    @Override
    @Transactional
    public void hiddenByReports(String type, UUID id, UUID author) {
        moderation.hold(type, id, author, "reports");
    }

    Optional<String> reason(String type, UUID id, UUID author, String text) {
        Instant now = clock.instant();
        boolean hasLink = LINK.matcher(text).find();
        if (hasLink && LINK.matcher(text).replaceAll("").codePoints().noneMatch(Character::isLetter)) {
            return Optional.of("link-only");
        }
        if (hasLink) {
            Member member = members.account(new MemberId(author));
            if (member.getCreatedAt() != null
                    && member.getCreatedAt().isAfter(now.minus(Duration.ofDays(settings.newAccountDays())))) {
                return Optional.of("new-account-link");
            }
        }
        String folded = ArabicText.fold(text).toLowerCase(Locale.ROOT);
        for (String word : settings.heldWords()) {
            String w = ArabicText.fold(word).toLowerCase(Locale.ROOT).strip();
            if (!w.isEmpty() && folded.contains(w)) {
                return Optional.of("word");
            }
        }
        String normalised = folded.replaceAll("\\s+", " ").strip();
        if (normalised.length() >= 20) {
            String hash = Sha256.hex(normalised);
            jdbc.sql("DELETE FROM moderation_text_seen WHERE seen_at < ?").param(Timestamp.from(now.minus(Duration.ofDays(1)))).update();
            jdbc.sql("INSERT INTO moderation_text_seen (author_id, text_hash, target_type, target_id, seen_at) VALUES (?, ?, ?, ?, ?) "
                            + "ON CONFLICT DO NOTHING")
                    .params(author, hash, type, id, Timestamp.from(now)).update();
            long places = jdbc.sql("SELECT count(*) FROM moderation_text_seen WHERE author_id = ? AND text_hash = ?")
                    .params(author, hash).query(Long.class).single();
            if (places >= settings.repeatedTextTargets()) {
                return Optional.of("repeated-text");
            }
        }
        return Optional.empty();
    }
}
