package org.takatuf.engagement;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who follows a source ({@code campaign:<id>}, {@code organisation:<id>}, ...), for other modules' notices. */
@Service
public class Followers {

    private final JdbcClient jdbc;

    Followers(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The members following {@code type:key}. */
    @Transactional(readOnly = true)
    public Set<UUID> of(String type, String key) {
        return new LinkedHashSet<>(jdbc.sql("SELECT member_id FROM engagement_follow WHERE source_type = ? AND source_key = ?")
                .params(type, key).query(UUID.class).list());
    }
}
