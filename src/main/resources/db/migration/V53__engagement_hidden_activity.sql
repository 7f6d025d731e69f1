-- Activity about a hidden target (a listing held after reports, a complaint a moderator hid, a removed post)
-- and the comments on it are moved here while it is hidden and moved back when it is shown again, so that
-- the feed and tag-page queries (and their index-only scans) stay as they are.
CREATE TABLE engagement_activity_hidden (
    id          bigint       PRIMARY KEY,
    item_id     uuid         NOT NULL,
    source_type varchar(20)  NOT NULL,
    source_key  varchar(200) NOT NULL,
    kind        varchar(40)  NOT NULL,
    actor_id    uuid,
    title       varchar(200) NOT NULL DEFAULT '',
    excerpt     varchar(400) NOT NULL DEFAULT '',
    link        varchar(300) NOT NULL,
    created_at  timestamptz  NOT NULL,
    hidden_type varchar(30)  NOT NULL,
    hidden_id   uuid         NOT NULL
);
CREATE INDEX engagement_activity_hidden_target_ix ON engagement_activity_hidden (hidden_type, hidden_id);

-- targets hidden now: activity published about them later (a late event) is held back too
CREATE TABLE engagement_hidden_target (
    target_type varchar(30) NOT NULL,
    target_id   uuid        NOT NULL,
    PRIMARY KEY (target_type, target_id)
);
