package org.takatuf.volunteering.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.takatuf.volunteering.ActivityType;

/**
 * The matching benchmark of issue 3: the 50 best volunteers for a shift among 100,000 volunteer
 * profiles, and the 50 best shifts for a volunteer among 20,000 open shifts, on PostgreSQL.
 *
 * <p>Seeds a database of its own ({@value #DATABASE}) on the server at 127.0.0.1:5432 (user postgres),
 * with the application's Flyway migrations, and drops it at the end. Each call picks another shift or
 * volunteer at random; JMH's sample mode reports the percentiles. Run with
 * {@code ./mvnw -Pjmh -q test-compile exec:exec} (docs/performance.md).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 10)
@Measurement(iterations = 3, time = 20)
@Fork(value = 1, jvmArgsAppend = {"-Xmx1g", "--enable-native-access=ALL-UNNAMED"})
public class MatchingBenchmark {

    static final String DATABASE = "takatuf_bench_matching";
    static final String SERVER = System.getProperty("bench.server", "jdbc:postgresql://127.0.0.1:5432/");
    static final int VOLUNTEERS = Integer.getInteger("bench.volunteers", 100_000);
    static final int SHIFTS = Integer.getInteger("bench.shifts", 20_000);
    static final int SHIFTS_PER_OPPORTUNITY = 10;
    static final int SAMPLES = 1000;
    /** The twelve busiest cities of the benchmark; volunteers and shifts spread around their centres. */
    static final City[] CITIES = {City.RIYADH, City.JEDDAH, City.DAMMAM, City.CAIRO, City.ALEXANDRIA, City.AMMAN, City.BEIRUT,
            City.BAGHDAD, City.KUWAIT, City.DOHA, City.DUBAI, City.CASABLANCA};
    static final String[] SKILLS = {"اسعافات اوليه", "قياده", "excel", "تدريس رياضيات", "طبخ", "تصوير", "ترجمه", "تمريض", "برمجه", "تنظيم"};

    HikariDataSource dataSource;
    Matching matching;
    List<Shift> shifts = new ArrayList<>();
    List<VolunteerProfile> volunteers = new ArrayList<>();
    final Random random = new Random(42);

    @Setup(Level.Trial)
    public void seed() throws Exception {
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
            st.execute("CREATE DATABASE " + DATABASE);
        }
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(SERVER + DATABASE + "?reWriteBatchedInserts=true");
        config.setUsername("postgres");
        config.setMaximumPoolSize(2);
        if (System.getProperty("bench.initSql") != null) {
            // e.g. "LOAD 'auto_explain'; SET auto_explain.log_min_duration = 20" to see slow plans in the server log
            config.setConnectionInitSql(System.getProperty("bench.initSql"));
        }
        dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();

        Instant now = Instant.now();
        Random r = new Random(7);
        long started = System.nanoTime();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            UUID creator = UUID.randomUUID();
            try (PreparedStatement m = c.prepareStatement("INSERT INTO member (id, email, password_hash, display_name, created_at) "
                    + "VALUES (?, ?, 'x', ?, now())")) {
                m.setObject(1, creator);
                m.setString(2, "organiser@bench.local");
                m.setString(3, "منظم");
                m.executeUpdate();
            }
            List<UUID> orgs = new ArrayList<>();
            try (PreparedStatement o = c.prepareStatement("INSERT INTO organisation (id, slug, name, kind, status, created_by, created_at) "
                    + "VALUES (?, ?, ?, 'CHARITY', 'VERIFIED', ?, now())")) {
                for (int i = 0; i < 100; i++) {
                    UUID id = UUID.randomUUID();
                    orgs.add(id);
                    o.setObject(1, id);
                    o.setString(2, "bench-" + i);
                    o.setString(3, "جمعية " + i);
                    o.setObject(4, creator);
                    o.addBatch();
                }
                o.executeBatch();
            }
            seedVolunteers(c, r, now);
            seedShifts(c, r, now, orgs, creator);
            c.commit();
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute("VACUUM ANALYZE");
        }
        System.out.printf("%nSeeded %,d volunteers and %,d shifts in %d s%n", VOLUNTEERS, SHIFTS,
                (System.nanoTime() - started) / 1_000_000_000L);

        JdbcClient jdbc = JdbcClient.create(dataSource);
        Clock clock = Clock.systemUTC();
        VolunteerProfiles profiles = new VolunteerProfiles(jdbc, clock);
        Shifts shiftRows = new Shifts(jdbc);
        matching = new Matching(jdbc, profiles, shiftRows, clock);
        List<UUID> shiftIds = jdbc.sql("SELECT id FROM shift ORDER BY random() LIMIT " + SAMPLES).query(UUID.class).list();
        shifts.addAll(shiftRows.findAll(shiftIds));
        List<UUID> memberIds = jdbc.sql("SELECT member_id FROM volunteer_profile ORDER BY random() LIMIT " + SAMPLES).query(UUID.class).list();
        volunteers.addAll(profiles.findAll(memberIds));
        int found = 0;
        for (int i = 0; i < 20; i++) {
            found += matching.volunteersFor(shifts.get(i), 50).size() + matching.shiftsFor(volunteers.get(i), 50).size();
        }
        System.out.printf("Sanity: %d results for 20 shifts and 20 volunteers (50 asked each)%n", found);
    }

    private void seedVolunteers(Connection c, Random r, Instant now) throws Exception {
        String sql = "INSERT INTO member (id, email, password_hash, display_name, created_at, email_verified_at) VALUES (?, ?, 'x', ?, now(), now())";
        String profileSql = """
                INSERT INTO volunteer_profile (member_id, activity_types, skills, skill_labels, languages, city, latitude, longitude,
                    travel_radius_km, remote_ok, age_band, gender, time_zone, weekly_utc, max_hours_week, paused, attended_count,
                    no_show_count, last_invited_at, weekly_hours, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::int4multirange, ?, ?, ?, ?, ?, ?, now(), now())
                """;
        try (PreparedStatement m = c.prepareStatement(sql); PreparedStatement p = c.prepareStatement(profileSql);
             PreparedStatement s = c.prepareStatement("INSERT INTO volunteer_weekly_slot VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < VOLUNTEERS; i++) {
                UUID id = UUID.randomUUID();
                City city = CITIES[r.nextInt(CITIES.length)];
                m.setObject(1, id);
                m.setString(2, "v" + i + "@bench.local");
                m.setString(3, "متطوع " + i);
                m.addBatch();
                Set<ActivityType> types = EnumSet.noneOf(ActivityType.class);
                int typeCount = 1 + r.nextInt(3);
                while (types.size() < typeCount) {
                    types.add(ActivityType.values()[r.nextInt(ActivityType.values().length)]);
                }
                List<WeeklySlot> slots = new ArrayList<>();
                int slotCount = 1 + r.nextInt(4);
                Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
                while (days.size() < slotCount) {
                    days.add(DayOfWeek.of(1 + r.nextInt(7)));
                }
                for (DayOfWeek day : days) {
                    int start = 6 + r.nextInt(15);
                    int end = Math.min(24, start + 2 + r.nextInt(4));
                    slots.add(new WeeklySlot(day, start * 60, end * 60));
                }
                Availability a = new Availability(city.zone, slots, List.of(), r.nextInt(4) == 0 ? 8 : null, null, r.nextInt(20) == 0);
                p.setObject(1, id);
                p.setArray(2, c.createArrayOf("int2", types.stream().map(t -> t.code).toArray()));
                String[] skills = r.nextBoolean() ? new String[] {SKILLS[r.nextInt(SKILLS.length)]} : new String[0];
                p.setArray(3, c.createArrayOf("text", skills));
                p.setArray(4, c.createArrayOf("text", skills));
                p.setArray(5, c.createArrayOf("text", r.nextInt(4) == 0 ? new String[] {"ar", "en"} : new String[] {"ar"}));
                p.setString(6, city.key());
                p.setDouble(7, city.latitude + (r.nextDouble() - 0.5) * 0.3);
                p.setDouble(8, city.longitude + (r.nextDouble() - 0.5) * 0.3);
                p.setInt(9, 5 + r.nextInt(46));
                p.setBoolean(10, r.nextInt(3) == 0);
                p.setString(11, AgeBand.values()[1 + r.nextInt(AgeBand.values().length - 1)].name());
                p.setString(12, r.nextBoolean() ? "FEMALE" : "MALE");
                p.setString(13, city.zone.getId());
                List<int[]> week = a.weeklyUtcRangesAllYear(now);
                p.setString(14, Availability.multirange(week));
                p.setObject(15, a.maxHoursWeek());
                p.setBoolean(16, a.paused());
                int attended = r.nextInt(10);
                p.setInt(17, attended);
                p.setInt(18, r.nextInt(3));
                p.setTimestamp(19, r.nextInt(10) == 0 ? Timestamp.from(now.minus(Duration.ofDays(r.nextInt(20)))) : null);
                short[] hours = Availability.hoursOfWeek(week);
                Short[] boxed = new Short[hours.length];
                for (int h = 0; h < hours.length; h++) {
                    boxed[h] = hours[h];
                }
                p.setArray(20, c.createArrayOf("int2", boxed));
                p.addBatch();
                for (WeeklySlot slot : slots) {
                    s.setObject(1, id);
                    s.setInt(2, slot.day().getValue());
                    s.setInt(3, slot.startMinute());
                    s.setInt(4, slot.endMinute());
                    s.addBatch();
                }
                if (i % 2000 == 1999) {
                    m.executeBatch();
                    p.executeBatch();
                    s.executeBatch();
                }
            }
            m.executeBatch();
            p.executeBatch();
            s.executeBatch();
        }
        try (PreparedStatement e = c.prepareStatement(
                "INSERT INTO volunteer_date_exception (member_id, kind, first_day, last_day) "
                        + "SELECT member_id, CASE WHEN random() < 0.5 THEN 'FREE' ELSE 'AWAY' END, d, d + (random() * 5)::int "
                        + "FROM (SELECT member_id, current_date + (random() * 60)::int AS d FROM volunteer_profile TABLESAMPLE BERNOULLI (5)) x")) {
            e.executeUpdate();
        }
        for (String kind : List.of("FREE", "AWAY")) {
            try (PreparedStatement u = c.prepareStatement("UPDATE volunteer_profile p SET " + kind.toLowerCase() + "_dates = x.dates "
                    + "FROM (SELECT member_id, range_agg(daterange(first_day, last_day, '[]')) AS dates FROM volunteer_date_exception "
                    + "WHERE kind = ? GROUP BY member_id) x WHERE x.member_id = p.member_id")) {
                u.setString(1, kind);
                u.executeUpdate();
            }
        }
    }

    private void seedShifts(Connection c, Random r, Instant now, List<UUID> orgs, UUID creator) throws Exception {
        String opportunitySql = "INSERT INTO opportunity (id, organisation_id, title, activity_type, languages, city, latitude, longitude, "
                + "remote, gender_restriction, time_zone, created_by, created_at) VALUES (?, ?, ?, ?, 'ar', ?, ?, ?, ?, 'NONE', ?, ?, now())";
        String shiftSql = """
                INSERT INTO shift (id, opportunity_id, organisation_id, activity_type, required_skills, languages, latitude, longitude,
                    remote, min_age, gender_restriction, starts_at, ends_at, local_date, utc_week, capacity, taken, status, checkin_code,
                    created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::int4multirange, ?, ?, 'OPEN', 'code', now())
                """;
        try (PreparedStatement o = c.prepareStatement(opportunitySql); PreparedStatement s = c.prepareStatement(shiftSql)) {
            for (int i = 0; i < SHIFTS / SHIFTS_PER_OPPORTUNITY; i++) {
                UUID opportunity = UUID.randomUUID();
                UUID org = orgs.get(r.nextInt(orgs.size()));
                City city = CITIES[r.nextInt(CITIES.length)];
                boolean remote = r.nextInt(10) == 0;
                ActivityType type = ActivityType.values()[r.nextInt(ActivityType.values().length)];
                double lat = city.latitude + (r.nextDouble() - 0.5) * 0.2;
                double lon = city.longitude + (r.nextDouble() - 0.5) * 0.2;
                o.setObject(1, opportunity);
                o.setObject(2, org);
                o.setString(3, "فرصة " + i);
                o.setShort(4, type.code);
                o.setString(5, remote ? null : city.key());
                o.setObject(6, remote ? null : lat);
                o.setObject(7, remote ? null : lon);
                o.setBoolean(8, remote);
                o.setString(9, city.zone.getId());
                o.setObject(10, creator);
                o.addBatch();
                String[] skills = r.nextInt(3) == 0 ? new String[] {SKILLS[r.nextInt(SKILLS.length)]} : new String[0];
                GenderRestriction restriction = r.nextInt(10) == 0 ? GenderRestriction.WOMEN_ONLY : GenderRestriction.NONE;
                Integer minAge = r.nextInt(4) == 0 ? 18 : null;
                for (int k = 0; k < SHIFTS_PER_OPPORTUNITY; k++) {
                    LocalDate date = LocalDate.now(city.zone).plusDays(1 + r.nextInt(60));
                    int startHour = 7 + r.nextInt(13);
                    int hours = 2 + r.nextInt(4);
                    Instant start = LocalDateTime.of(date, LocalTime.of(startHour, 0)).atZone(city.zone).toInstant();
                    Instant end = start.plus(Duration.ofHours(hours));
                    int capacity = 2 + r.nextInt(20);
                    s.setObject(1, UUID.randomUUID());
                    s.setObject(2, opportunity);
                    s.setObject(3, org);
                    s.setShort(4, type.code);
                    s.setArray(5, c.createArrayOf("text", skills));
                    s.setArray(6, c.createArrayOf("text", new String[] {"ar"}));
                    s.setObject(7, remote ? null : lat);
                    s.setObject(8, remote ? null : lon);
                    s.setBoolean(9, remote);
                    s.setObject(10, minAge);
                    s.setString(11, restriction.name());
                    s.setTimestamp(12, Timestamp.from(start));
                    s.setTimestamp(13, Timestamp.from(end));
                    s.setObject(14, date);
                    s.setString(15, Availability.multirange(Availability.utcWeekRanges(start, end)));
                    s.setInt(16, capacity);
                    s.setInt(17, r.nextInt(capacity));
                    s.addBatch();
                }
                if (i % 200 == 199) {
                    o.executeBatch();
                    s.executeBatch();
                }
            }
            o.executeBatch();
            s.executeBatch();
        }
    }

    @TearDown(Level.Trial)
    public void drop() throws Exception {
        dataSource.close();
        if (Boolean.getBoolean("bench.keep")) {
            return;
        }
        try (Connection admin = DriverManager.getConnection(SERVER + "postgres", "postgres", "");
             Statement st = admin.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
        }
    }

    /** The 50 best volunteers for a random open shift among 100,000 profiles. */
    @Benchmark
    public List<Matching.VolunteerMatch> bestVolunteersForShift() {
        return matching.volunteersFor(shifts.get(random.nextInt(shifts.size())), 50);
    }

    /** The 50 best open shifts among 20,000 for a random volunteer. */
    @Benchmark
    public List<Matching.ShiftMatch> bestShiftsForVolunteer() {
        return matching.shiftsFor(volunteers.get(random.nextInt(volunteers.size())), 50);
    }
}
