-- The supporters' tables of V60__advocacy.sql without foreign keys (the benchmark has no members).
DROP TABLE IF EXISTS advocacy_support, advocacy_support_count;
CREATE TABLE advocacy_support (
    complaint_id uuid        NOT NULL,
    member_id    uuid        NOT NULL,
    me_too       boolean     NOT NULL,
    experience   varchar(2000),
    created_at   timestamptz NOT NULL,
    hidden_at    timestamptz,
    PRIMARY KEY (complaint_id, member_id)
);
CREATE TABLE advocacy_support_count (
    complaint_id uuid     NOT NULL,
    slot         smallint NOT NULL,
    supporters   integer  NOT NULL DEFAULT 0,
    me_too       integer  NOT NULL DEFAULT 0,
    PRIMARY KEY (complaint_id, slot)
);
