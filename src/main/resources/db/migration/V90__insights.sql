-- Insights (issue 9): view events recorded asynchronously in batches, daily rollups that the insights
-- page reads, and documented read-only reporting views over other modules' tables
-- (docs/decisions.md, "Insights read other modules through reporting views").

-- Raw view events, one row per page view; pruned after takatuf.insights.retention (never read by a page).
-- visitor: the first-party cookie id hashed with the day's salt (insights_salt), so a visitor cannot be
-- followed from one day to the next and the table holds no personal data.
CREATE TABLE insights_view_event (
    viewed_at   timestamptz  NOT NULL,
    day         date         NOT NULL,
    target_type varchar(20)  NOT NULL,
    target_id   uuid         NOT NULL,
    visitor     char(32)     NOT NULL,
    returned    boolean      NOT NULL,
    channel     varchar(20)  NOT NULL,
    ambassador  varchar(80)  NOT NULL DEFAULT '',
    city        varchar(100) NOT NULL DEFAULT ''
);
CREATE INDEX insights_view_event_day_ix ON insights_view_event (day);

-- One random salt per day; deleted once the day's events are rolled up for good.
CREATE TABLE insights_salt (
    day  date PRIMARY KEY,
    salt bytea NOT NULL
);

-- Rollup: views and unique visitors per day, target, channel and ambassador.
CREATE TABLE insights_daily (
    day         date        NOT NULL,
    target_type varchar(20) NOT NULL,
    target_id   uuid        NOT NULL,
    channel     varchar(20) NOT NULL,
    ambassador  varchar(80) NOT NULL,
    views       bigint      NOT NULL,
    visitors    bigint      NOT NULL,
    PRIMARY KEY (target_type, target_id, day, channel, ambassador)
);

-- Rollup: unique visitors per day and target along one dimension: 'all' (value ''), 'kind' ('new' or
-- 'returning') or 'city' (the signed-in member's profile city, '' when unknown).
CREATE TABLE insights_daily_audience (
    day         date         NOT NULL,
    target_type varchar(20)  NOT NULL,
    target_id   uuid         NOT NULL,
    dimension   varchar(10)  NOT NULL CHECK (dimension IN ('all', 'kind', 'city')),
    value       varchar(100) NOT NULL,
    visitors    bigint       NOT NULL,
    PRIMARY KEY (target_type, target_id, day, dimension, value)
);

-- Reporting views: read-only, the only way insights reads other modules' tables. A module that
-- changes one of these tables changes the view in its own migration (docs/decisions.md).

-- What an organisation's insights cover: the organisation itself, its campaigns and opportunities.
-- Complaints belong to no organisation (their author is a member), so they have no row here.
CREATE VIEW insights_target AS
    SELECT 'organisation'::varchar(20) AS target_type, o.id AS target_id, o.id AS organisation_id, o.name::text AS title, o.created_at
      FROM organisation o
    UNION ALL
    SELECT 'campaign', c.id, c.organisation_id, c.title::text, c.created_at FROM campaign c
    UNION ALL
    SELECT 'opportunity', p.id, p.organisation_id, p.title::text, p.created_at FROM opportunity p;

-- Funnel steps that happen on a day: comments, follows, pledges (with their referral as channel),
-- volunteer sign-ups, complaint supporters. Days are UTC, like the view rollups.
CREATE VIEW insights_funnel_event AS
    SELECT c.target_type::varchar(20) AS target_type, c.target_id, (c.created_at AT TIME ZONE 'UTC')::date AS day,
           ''::varchar(80) AS channel, 'comments'::varchar(20) AS metric
      FROM engagement_comment c
     WHERE c.deleted_at IS NULL AND c.target_type IN ('campaign', 'opportunity', 'complaint', 'organisation')
    UNION ALL
    SELECT f.source_type, f.source_key::uuid, (f.created_at AT TIME ZONE 'UTC')::date, '', 'follows'
      FROM engagement_follow f
     WHERE f.source_type IN ('campaign', 'opportunity', 'complaint', 'organisation')
       AND f.source_key ~ '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
    UNION ALL
    SELECT 'campaign', p.campaign_id, (p.created_at AT TIME ZONE 'UTC')::date, coalesce(lower(p.referral), ''), 'pledges'
      FROM pledge p
     WHERE p.status NOT IN ('EXPIRED', 'REFUNDED')
    UNION ALL
    SELECT 'opportunity', s.opportunity_id, (g.signed_up_at AT TIME ZONE 'UTC')::date, '', 'signups'
      FROM shift_signup g JOIN shift s ON s.id = g.shift_id
     WHERE g.status <> 'CANCELLED'
    UNION ALL
    SELECT 'complaint', a.complaint_id, (a.created_at AT TIME ZONE 'UTC')::date, '', 'supporters'
      FROM advocacy_support a
     WHERE a.hidden_at IS NULL;

-- Share visits by channel (engagement counts them without a date: totals since the start).
CREATE VIEW insights_share AS
    SELECT s.target_type::varchar(20) AS target_type, s.target_id, s.channel::varchar(20) AS channel, s.visits
      FROM engagement_share s;

-- Solidarity frames adopted, per organisation (a counter without a date: totals since the start).
CREATE VIEW insights_frame AS
    SELECT f.organisation_id, sum(f.adoptions)::bigint AS adoptions FROM engagement_frame f GROUP BY f.organisation_id;
