package org.takatuf.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;
import org.takatuf.core.NotFoundException;
import org.takatuf.core.UserInputException;
import org.takatuf.identity.internal.ApiToken;
import org.takatuf.identity.internal.ApiTokens;
import org.takatuf.identity.internal.Tokens;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import com.github.benmanes.caffeine.cache.Ticker;

/** Bearer tokens that members create for {@code /api/v1}; the secret is shown once and stored hashed. */
@Service
public class ApiTokenManagement {

    static final int MAX_ACTIVE_TOKENS = 20;
    static final int MAX_NAME_LENGTH = 100;

    /**
     * How long an accepted token is remembered without asking the database again. A revocation or a
     * suspension on this node forgets it at once; on another node it takes effect within this time.
     */
    static final Duration REMEMBERED = Duration.ofSeconds(10);

    /**
     * After this long, the next call with a remembered token has it checked again in the background, once, while
     * that call and the ones after it go on with the remembered answer. Before, the entry expired and every call in
     * flight at that moment read the token and the member at once: under a viral campaign's load, every 10 s those
     * calls queued for the connection pool, and dozens of them took more than 50 ms (docs/performance.md, "Run 26").
     */
    static final Duration RECHECKED = Duration.ofSeconds(5);

    private final ApiTokens tokens;
    private final Members members;
    private final Clock clock;
    private final TransactionTemplate transactions;

    /**
     * Accepted tokens by the hash of their secret: every API call would otherwise read the token and the member. A
     * token not yet known is read once however many calls present it at the same moment; an unknown or refused one
     * is not remembered.
     */
    private final LoadingCache<String, Accepted> accepted;

    private record Accepted(UUID tokenId, CurrentMember member) {
    }

    @Autowired
    ApiTokenManagement(ApiTokens tokens, Members members, Clock clock, PlatformTransactionManager transactionManager) {
        this(tokens, members, clock, transactionManager, Ticker.systemTicker(), ForkJoinPool.commonPool());
    }

    /** With the cache's own clock and the executor of its background checks (tests make both deterministic). */
    ApiTokenManagement(ApiTokens tokens, Members members, Clock clock, PlatformTransactionManager transactionManager,
                       Ticker ticker, Executor checks) {
        this.tokens = tokens;
        this.members = members;
        this.clock = clock;
        this.transactions = new TransactionTemplate(transactionManager);
        this.accepted = Caffeine.newBuilder()
                .maximumSize(10_000)
                .ticker(ticker)
                .executor(checks)
                .refreshAfterWrite(RECHECKED)
                .expireAfterWrite(REMEMBERED)
                .build(this::check);
    }

    /** A token as its owner sees it in the list (never its secret). */
    public record Summary(UUID id, String name, String prefix, Instant createdAt, Instant lastUsedAt, Instant revokedAt) {
        public boolean active() {
            return revokedAt == null;
        }
    }

    /** A token just created: {@code secret} is shown this once. */
    public record Created(UUID id, String name, String secret) {
    }

    @Transactional
    public Created create(MemberId owner, String name) {
        if (name == null || name.isBlank()) {
            throw new UserInputException("account.tokens.name.required");
        }
        if (name.strip().length() > MAX_NAME_LENGTH) {
            throw new UserInputException("account.tokens.name.too-long", MAX_NAME_LENGTH);
        }
        if (tokens.countByMemberIdAndRevokedAtIsNull(owner.value()) >= MAX_ACTIVE_TOKENS) {
            throw new UserInputException("account.tokens.too-many");
        }
        String secret = "tkt_" + Tokens.newSecret();
        ApiToken token = tokens.save(new ApiToken(owner.value(), name.strip(), secret, clock.instant()));
        return new Created(token.getId(), token.getName(), secret);
    }

    @Transactional(readOnly = true)
    public List<Summary> list(MemberId owner) {
        return tokens.findByMemberIdOrderByCreatedAtDesc(owner.value()).stream()
                .map(t -> new Summary(t.getId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getLastUsedAt(), t.getRevokedAt()))
                .toList();
    }

    /** Revokes one of the owner's tokens; someone else's token is "not found". */
    @Transactional
    public void revoke(MemberId owner, UUID tokenId) {
        tokens.findByIdAndMemberId(tokenId, owner.value())
                .orElseThrow(() -> new NotFoundException("token"))
                .revoke(clock.instant());
        accepted.asMap().values().removeIf(a -> a.tokenId().equals(tokenId));
    }

    /** A suspended member's tokens stop working at once on this node. */
    @TransactionalEventListener(fallbackExecution = true)
    void on(MemberDisabled event) {
        accepted.asMap().values().removeIf(a -> a.member().id().equals(event.member()));
    }

    /**
     * The member a presented secret belongs to, if the token is active and the member may sign in;
     * records when it was last used.
     */
    public Optional<CurrentMember> authenticate(String secret) {
        if (secret == null || secret.isBlank() || secret.length() > 200) {
            return Optional.empty();
        }
        return Optional.ofNullable(accepted.get(Tokens.hash(secret.trim()))).map(Accepted::member);
    }

    /** Reads the token and its member; null when the token is unknown, revoked or its member may not sign in. */
    private Accepted check(String hash) {
        return transactions.execute(tx -> tokens.findByTokenHash(hash)
                .filter(ApiToken::isActive)
                .flatMap(token -> members.findById(token.getMemberId())
                        .filter(m -> m.isEnabled() && m.isEmailVerified())
                        .map(member -> {
                            tokens.markUsed(token.getId(), clock.instant(), clock.instant().minusSeconds(60));
                            return new Accepted(token.getId(), CurrentMember.of(member).withoutPassword());
                        }))
                .orElse(null));
    }
}
