package org.takatuf.volunteering.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.takatuf.identity.Member;
import org.takatuf.identity.MemberId;
import org.takatuf.identity.Members;
import org.takatuf.volunteering.ActivityType;
import org.takatuf.volunteering.BankVolunteer;
import org.takatuf.volunteering.VolunteerBank;

/**
 * {@link VolunteerBank} over the volunteer profiles: same city, not paused, enabled account. Ranking
 * is done by PostgreSQL (fitting activity types, distance, reliability) on the city's partial index.
 */
@Component
class VolunteerBankDirectory implements VolunteerBank {

    /** Rows fetched per result asked, so that disabled accounts can be dropped and the list still filled. */
    private static final int OVERFETCH = 2;
    private static final int MAX_LIMIT = 50;

    private static final String KM = "2 * 6371.0088 * asin(least(1, sqrt(power(sin(radians(p.latitude - :lat) / 2), 2) "
            + "+ cos(radians(:lat)) * cos(radians(p.latitude)) * power(sin(radians(p.longitude - :lon) / 2), 2))))";

    private final JdbcClient jdbc;
    private final Members members;

    VolunteerBankDirectory(JdbcClient jdbc, Members members) {
        this.jdbc = jdbc;
        this.members = members;
    }

    @Override
    public boolean knowsCity(String cityKey) {
        return City.ofKey(cityKey == null ? "" : cityKey).isPresent();
    }

    @Override
    @Transactional(readOnly = true)
    public List<BankVolunteer> inCity(String cityKey, double latitude, double longitude, Set<ActivityType> fitting, int limit) {
        Optional<City> city = City.ofKey(cityKey == null ? "" : cityKey);
        if (city.isEmpty() || limit <= 0) {
            return List.of();
        }
        int n = Math.min(limit, MAX_LIMIT);
        List<Row> rows = jdbc.sql("""
                        SELECT p.member_id, p.activity_types, p.city, %1$s AS km FROM volunteer_profile p
                         WHERE p.city = :city AND NOT p.paused
                         ORDER BY cardinality(ARRAY(SELECT unnest(p.activity_types) INTERSECT SELECT unnest(CAST(:fit AS smallint[])))) DESC,
                                  round(%1$s) ASC,
                                  (p.attended_count + 1.0) / (p.attended_count + p.no_show_count + 2) DESC,
                                  p.member_id
                         LIMIT :limit
                        """.formatted(KM))
                .param("city", city.get().key()).param("lat", latitude).param("lon", longitude)
                .param("fit", VolunteerProfiles.codes(fitting)).param("limit", n * OVERFETCH)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), VolunteerProfiles.types(rs.getArray(2)), rs.getString(3),
                        (int) Math.round(rs.getDouble(4))))
                .list();
        List<BankVolunteer> found = withEnabledAccounts(rows);
        return found.size() > n ? List.copyOf(found.subList(0, n)) : found;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<BankVolunteer> findInCity(MemberId memberId, String cityKey, double latitude, double longitude) {
        Optional<City> city = City.ofKey(cityKey == null ? "" : cityKey);
        if (memberId == null || city.isEmpty()) {
            return Optional.empty();
        }
        List<Row> rows = jdbc.sql("SELECT p.member_id, p.activity_types, p.city, %s AS km FROM volunteer_profile p "
                        .formatted(KM) + "WHERE p.member_id = :member AND p.city = :city AND NOT p.paused")
                .param("member", memberId.value()).param("city", city.get().key()).param("lat", latitude).param("lon", longitude)
                .query((rs, i) -> new Row(rs.getObject(1, UUID.class), VolunteerProfiles.types(rs.getArray(2)), rs.getString(3),
                        (int) Math.round(rs.getDouble(4))))
                .list();
        return withEnabledAccounts(rows).stream().findFirst();
    }

    private List<BankVolunteer> withEnabledAccounts(List<Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Member> accounts = members.findAllById(rows.stream().map(Row::memberId).toList()).stream()
                .filter(Member::isEnabled).collect(Collectors.toMap(Member::getId, Function.identity()));
        List<BankVolunteer> found = new ArrayList<>();
        for (Row r : rows) {
            Member m = accounts.get(r.memberId());
            if (m != null) {
                found.add(new BankVolunteer(new MemberId(r.memberId()), m.getDisplayName(), r.types(),
                        r.city().toLowerCase(Locale.ROOT), r.km()));
            }
        }
        return List.copyOf(found);
    }

    private record Row(UUID memberId, Set<ActivityType> types, String city, int km) {
    }
}
