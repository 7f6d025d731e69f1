package org.takatuf.giving.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Map;
import java.util.function.Supplier;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.identity.MemberId;

/**
 * The idempotency contract for the money endpoints other than making a pledge: the key is claimed in
 * the same transaction as the change (a concurrent duplicate waits on the key's row, then replays), the
 * answer is stored with it. Same key and same request: the stored answer; another request: 422.
 */
@Component
public class IdempotentCalls {

    /** A stored answer: an HTTP status and a body (JSON, or the path an HTML form redirects to). */
    public record Stored(int status, String body) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotentCalls(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public Stored run(MemberId member, String key, String requestHash, Supplier<Stored> action) {
        Giving.requireKey(key);
        int claimed = jdbc.sql("""
                        INSERT INTO giving_idempotency (member_id, key, request_hash, status, body, created_at)
                        VALUES (?, ?, ?, 0, '', ?) ON CONFLICT DO NOTHING""")
                .params(member.value(), key, requestHash, Timestamp.from(clock.instant())).update();
        if (claimed == 0) {
            Map<String, Object> row = jdbc.sql("SELECT request_hash, status, body FROM giving_idempotency WHERE member_id = ? AND key = ?")
                    .params(member.value(), key).query().singleRow();
            if (!requestHash.equals(row.get("request_hash"))) {
                throw new IdempotencyKeyReusedException();
            }
            return new Stored((Integer) row.get("status"), (String) row.get("body"));
        }
        Stored answer = action.get();
        jdbc.sql("UPDATE giving_idempotency SET status = ?, body = ? WHERE member_id = ? AND key = ?")
                .params(answer.status(), answer.body(), member.value(), key).update();
        return answer;
    }
}
