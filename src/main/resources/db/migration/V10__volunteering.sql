-- Volunteer bank: profiles with weekly availability and date exceptions, opportunities with shifts,
-- sign-ups with waitlist and attendance, invitations, in-app notices, certificates of hours.
--
-- Matching reads these tables with plain SQL (see docs/matching.md): availability is kept twice,
-- as the volunteer typed it (volunteer_weekly_slot, local time in the profile's time zone) and as a
-- coarse UTC minute-of-week multirange on the profile (weekly_utc) that a GiST index can search. The date
-- exceptions are likewise copied to the profile as date multiranges (free_dates, away_dates).

CREATE TABLE volunteer_profile (
    member_id         uuid PRIMARY KEY REFERENCES member (id) ON DELETE CASCADE,
    activity_types    smallint[]       NOT NULL DEFAULT '{}',
    skills            text[]           NOT NULL DEFAULT '{}',
    skill_labels      text[]           NOT NULL DEFAULT '{}',
    languages         text[]           NOT NULL DEFAULT '{}',
    city              varchar(40)      NOT NULL,
    area              varchar(100),
    latitude          double precision NOT NULL CHECK (latitude BETWEEN -90 AND 90),
    longitude         double precision NOT NULL CHECK (longitude BETWEEN -180 AND 180),
    travel_radius_km  integer          NOT NULL CHECK (travel_radius_km BETWEEN 0 AND 200),
    remote_ok         boolean          NOT NULL DEFAULT false,
    birth_date        date,
    age_band          varchar(20),
    gender            varchar(10),
    time_zone         varchar(60)      NOT NULL,
    weekly_utc        int4multirange   NOT NULL DEFAULT '{}',
    weekly_hours      smallint[]       NOT NULL DEFAULT '{}',
    free_dates        datemultirange   NOT NULL DEFAULT '{}',
    away_dates        datemultirange   NOT NULL DEFAULT '{}',
    max_hours_week    integer CHECK (max_hours_week BETWEEN 1 AND 168),
    max_hours_month   integer CHECK (max_hours_month BETWEEN 1 AND 744),
    paused            boolean          NOT NULL DEFAULT false,
    attended_count    integer          NOT NULL DEFAULT 0,
    no_show_count     integer          NOT NULL DEFAULT 0,
    last_invited_at   timestamptz,
    created_at        timestamptz      NOT NULL,
    updated_at        timestamptz      NOT NULL
);
-- A GiST index on a multirange only keeps its bounding range (Monday to Saturday is "the whole week"), so the
-- weekly grid is also kept as the UTC hours of the week it touches (0-167) with a GIN index; PostgreSQL
-- combines it with the place (GiST) in one bitmap.
CREATE INDEX volunteer_profile_geo_ix ON volunteer_profile USING gist (point(longitude, latitude)) WHERE NOT paused;
CREATE INDEX volunteer_profile_hours_ix ON volunteer_profile USING gin (weekly_hours) WHERE NOT paused;
CREATE INDEX volunteer_profile_remote_ix ON volunteer_profile USING gin (weekly_hours, activity_types) WHERE NOT paused AND remote_ok;
CREATE INDEX volunteer_profile_free_ix ON volunteer_profile USING gist (free_dates) WHERE NOT paused;

CREATE TABLE volunteer_weekly_slot (
    member_id     uuid     NOT NULL REFERENCES volunteer_profile (member_id) ON DELETE CASCADE,
    day_of_week   smallint NOT NULL CHECK (day_of_week BETWEEN 1 AND 7),
    start_minute  integer  NOT NULL CHECK (start_minute BETWEEN 0 AND 1439),
    end_minute    integer  NOT NULL CHECK (end_minute BETWEEN 1 AND 1440),
    CHECK (start_minute < end_minute),
    PRIMARY KEY (member_id, day_of_week, start_minute)
);

CREATE TABLE volunteer_date_exception (
    id          bigserial PRIMARY KEY,
    member_id   uuid        NOT NULL REFERENCES volunteer_profile (member_id) ON DELETE CASCADE,
    kind        varchar(8)  NOT NULL CHECK (kind IN ('FREE', 'AWAY')),
    first_day   date        NOT NULL,
    last_day    date        NOT NULL,
    CHECK (first_day <= last_day)
);
CREATE INDEX volunteer_date_exception_member_ix ON volunteer_date_exception (member_id);

CREATE TABLE opportunity (
    id                     uuid PRIMARY KEY,
    organisation_id        uuid             NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    title                  varchar(150)     NOT NULL,
    description            varchar(4000),
    activity_type          smallint         NOT NULL,
    required_skills        varchar(1000),
    languages              varchar(100)     NOT NULL DEFAULT 'ar',
    city                   varchar(40),
    area                   varchar(100),
    latitude               double precision,
    longitude              double precision,
    remote                 boolean          NOT NULL DEFAULT false,
    min_age                smallint CHECK (min_age BETWEEN 0 AND 99),
    gender_restriction     varchar(12)      NOT NULL DEFAULT 'NONE',
    cancel_deadline_hours  integer          NOT NULL DEFAULT 24 CHECK (cancel_deadline_hours BETWEEN 0 AND 720),
    time_zone              varchar(60)      NOT NULL,
    search_keywords        varchar(2000),
    status                 varchar(12)      NOT NULL DEFAULT 'OPEN',
    created_by             uuid             NOT NULL REFERENCES member (id),
    created_at             timestamptz      NOT NULL,
    version                bigint           NOT NULL DEFAULT 0,
    CHECK (remote OR (latitude IS NOT NULL AND longitude IS NOT NULL))
);
CREATE INDEX opportunity_organisation_ix ON opportunity (organisation_id);

-- Matching attributes are copied from the opportunity to each shift so that matching needs no join.
CREATE TABLE shift (
    id                  uuid PRIMARY KEY,
    opportunity_id      uuid             NOT NULL REFERENCES opportunity (id) ON DELETE CASCADE,
    organisation_id     uuid             NOT NULL,
    activity_type       smallint         NOT NULL,
    required_skills     text[]           NOT NULL DEFAULT '{}',
    languages           text[]           NOT NULL DEFAULT '{}',
    latitude            double precision,
    longitude           double precision,
    remote              boolean          NOT NULL,
    min_age             smallint,
    gender_restriction  varchar(12)      NOT NULL DEFAULT 'NONE',
    starts_at           timestamptz      NOT NULL,
    ends_at             timestamptz      NOT NULL,
    local_date          date             NOT NULL,
    utc_week            int4multirange   NOT NULL,
    capacity            integer          NOT NULL CHECK (capacity BETWEEN 1 AND 10000),
    taken               integer          NOT NULL DEFAULT 0,
    status              varchar(12)      NOT NULL DEFAULT 'OPEN',
    checkin_code        varchar(40)      NOT NULL,
    created_at          timestamptz      NOT NULL,
    CHECK (starts_at < ends_at),
    CHECK (taken BETWEEN 0 AND capacity)
);
CREATE INDEX shift_opportunity_ix ON shift (opportunity_id, starts_at);
CREATE INDEX shift_open_starts_ix ON shift (starts_at) WHERE status = 'OPEN';
CREATE INDEX shift_open_match_ix ON shift USING gist (point(longitude, latitude), utc_week) WHERE status = 'OPEN' AND NOT remote;
CREATE INDEX shift_open_remote_ix ON shift USING gist (utc_week) WHERE status = 'OPEN' AND remote;

CREATE TABLE shift_signup (
    id              uuid PRIMARY KEY,
    shift_id        uuid         NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
    member_id       uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status          varchar(12)  NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    signed_up_at    timestamptz  NOT NULL,
    cancelled_at    timestamptz,
    checked_in_at   timestamptz,
    checked_out_at  timestamptz,
    attendance      varchar(12) CHECK (attendance IN ('ATTENDED', 'NO_SHOW')),
    minutes         integer CHECK (minutes BETWEEN 0 AND 1440),
    hours_status    varchar(12) CHECK (hours_status IN ('PENDING', 'APPROVED')),
    approved_at     timestamptz,
    approved_by     uuid,
    reminded_at     timestamptz,
    UNIQUE (shift_id, member_id)
);
CREATE INDEX shift_signup_member_ix ON shift_signup (member_id, status);
CREATE INDEX shift_signup_waitlist_ix ON shift_signup (shift_id, signed_up_at) WHERE status = 'WAITLISTED';

CREATE TABLE shift_invitation (
    shift_id    uuid        NOT NULL REFERENCES shift (id) ON DELETE CASCADE,
    member_id   uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    invited_by  uuid        NOT NULL,
    invited_at  timestamptz NOT NULL,
    status      varchar(12) NOT NULL CHECK (status IN ('INVITED', 'ACCEPTED', 'DECLINED')),
    PRIMARY KEY (shift_id, member_id)
);
CREATE INDEX shift_invitation_member_ix ON shift_invitation (member_id, invited_at);

CREATE TABLE volunteer_notice (
    id           bigserial PRIMARY KEY,
    member_id    uuid          NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    message_key  varchar(100)  NOT NULL,
    arguments    varchar(1000) NOT NULL DEFAULT '',
    link         varchar(300),
    created_at   timestamptz   NOT NULL,
    read_at      timestamptz
);
CREATE INDEX volunteer_notice_member_ix ON volunteer_notice (member_id, created_at DESC);

CREATE TABLE hours_certificate (
    code            varchar(24) PRIMARY KEY,
    member_id       uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    holder_name     varchar(100) NOT NULL,
    total_minutes   integer      NOT NULL,
    shift_count     integer      NOT NULL,
    organisations   varchar(2000) NOT NULL,
    first_day       date,
    last_day        date,
    locale          varchar(8)   NOT NULL,
    issued_at       timestamptz  NOT NULL
);
CREATE INDEX hours_certificate_member_ix ON hours_certificate (member_id);
