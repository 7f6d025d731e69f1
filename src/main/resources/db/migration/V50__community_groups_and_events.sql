-- Community: groups (public or private, women-only option), memberships with roles and requests,
-- posts; events (in person or online) with capacity, registration with waitlist, check-in,
-- reminders, weekly series and photos afterwards.

CREATE TABLE community_group (
    id           uuid PRIMARY KEY,
    slug         varchar(80)  NOT NULL UNIQUE,
    name         varchar(120) NOT NULL,
    description  text         NOT NULL DEFAULT '',
    rules        text         NOT NULL DEFAULT '',
    city         varchar(80),
    visibility   varchar(10)  NOT NULL CHECK (visibility IN ('PUBLIC', 'PRIVATE')),
    women_only   boolean      NOT NULL DEFAULT false,
    created_by   uuid         NOT NULL REFERENCES member (id),
    created_at   timestamptz  NOT NULL,
    member_count integer      NOT NULL DEFAULT 0
);
CREATE INDEX community_group_created_ix ON community_group (created_at DESC);

CREATE TABLE community_membership (
    group_id     uuid        NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
    member_id    uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role         varchar(10) NOT NULL CHECK (role IN ('ADMIN', 'MODERATOR', 'MEMBER')),
    status       varchar(10) NOT NULL CHECK (status IN ('ACTIVE', 'PENDING')),
    note         varchar(500),
    requested_at timestamptz NOT NULL,
    decided_at   timestamptz,
    PRIMARY KEY (group_id, member_id)
);
CREATE INDEX community_membership_member_ix ON community_membership (member_id);

CREATE TABLE community_post (
    id         uuid PRIMARY KEY,
    group_id   uuid        NOT NULL REFERENCES community_group (id) ON DELETE CASCADE,
    author_id  uuid        NOT NULL REFERENCES member (id),
    body       text        NOT NULL,
    created_at timestamptz NOT NULL,
    removed_at timestamptz
);
CREATE INDEX community_post_group_ix ON community_post (group_id, created_at DESC);

CREATE TABLE community_event (
    id            uuid PRIMARY KEY,
    series_id     uuid,
    group_id      uuid REFERENCES community_group (id) ON DELETE SET NULL,
    organiser_id  uuid         NOT NULL REFERENCES member (id),
    title         varchar(160) NOT NULL,
    description   text         NOT NULL DEFAULT '',
    place         varchar(200),
    online_url    varchar(500),
    starts_at     timestamptz  NOT NULL,
    ends_at       timestamptz  NOT NULL CHECK (ends_at > starts_at),
    zone          varchar(60)  NOT NULL,
    capacity      integer      NOT NULL CHECK (capacity BETWEEN 1 AND 100000),
    confirmed     integer      NOT NULL DEFAULT 0 CHECK (confirmed >= 0),
    cancelled_at  timestamptz,
    created_at    timestamptz  NOT NULL,
    CHECK (place IS NOT NULL OR online_url IS NOT NULL)
);
CREATE INDEX community_event_starts_ix ON community_event (starts_at);
CREATE INDEX community_event_group_ix ON community_event (group_id, starts_at);
CREATE INDEX community_event_series_ix ON community_event (series_id, starts_at);

CREATE TABLE community_registration (
    id            uuid PRIMARY KEY,
    event_id      uuid        NOT NULL REFERENCES community_event (id) ON DELETE CASCADE,
    member_id     uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    status        varchar(12) NOT NULL CHECK (status IN ('CONFIRMED', 'WAITLISTED', 'CANCELLED')),
    created_at    timestamptz NOT NULL,
    checked_in_at timestamptz,
    reminded_at   timestamptz,
    UNIQUE (event_id, member_id)
);
CREATE INDEX community_registration_waitlist_ix ON community_registration (event_id, created_at) WHERE status = 'WAITLISTED';
CREATE INDEX community_registration_member_ix ON community_registration (member_id);

CREATE TABLE community_event_photo (
    id         uuid PRIMARY KEY,
    event_id   uuid        NOT NULL REFERENCES community_event (id) ON DELETE CASCADE,
    file_name  varchar(100) NOT NULL,
    content_type varchar(40) NOT NULL,
    added_by   uuid        NOT NULL REFERENCES member (id),
    created_at timestamptz NOT NULL
);
