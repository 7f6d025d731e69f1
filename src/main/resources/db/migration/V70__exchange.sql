-- Mutual-aid exchange: boards (a barter group's own board), listings of five kinds, photos, matches,
-- hand-overs with private messages, reports, blocks and in-app notices.

CREATE TABLE exchange_board (
    id          uuid PRIMARY KEY,
    slug        varchar(80)  NOT NULL UNIQUE,
    name        varchar(120) NOT NULL,
    description text,
    city        varchar(40),
    owner_id    uuid         NOT NULL REFERENCES member (id),
    created_at  timestamptz  NOT NULL
);

CREATE TABLE exchange_board_member (
    board_id  uuid        NOT NULL REFERENCES exchange_board (id),
    member_id uuid        NOT NULL REFERENCES member (id),
    joined_at timestamptz NOT NULL,
    PRIMARY KEY (board_id, member_id)
);

CREATE TABLE listing (
    id               uuid PRIMARY KEY,
    kind             varchar(20)  NOT NULL,
    category         varchar(30)  NOT NULL,
    item_condition   varchar(20),
    swap             boolean      NOT NULL DEFAULT false,
    title            varchar(140) NOT NULL,
    description      text,
    wanted_in_return text,
    pay              varchar(140),
    city             varchar(40)  NOT NULL,
    area             varchar(80),
    board_id         uuid REFERENCES exchange_board (id),
    owner_id         uuid         NOT NULL REFERENCES member (id),
    status           varchar(20)  NOT NULL,
    hidden           boolean      NOT NULL DEFAULT false,
    search_keywords  text,
    client_token     varchar(64) UNIQUE,
    created_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX listing_open_idx ON listing (kind, category, city) WHERE status = 'OPEN' AND NOT hidden;
CREATE INDEX listing_owner_idx ON listing (owner_id, created_at);

CREATE TABLE listing_photo (
    id           uuid PRIMARY KEY,
    listing_id   uuid        NOT NULL REFERENCES listing (id),
    file_name    varchar(80) NOT NULL,
    content_type varchar(40) NOT NULL,
    position     int         NOT NULL
);
CREATE INDEX listing_photo_listing_idx ON listing_photo (listing_id);

CREATE TABLE listing_match (
    ask_id     uuid        NOT NULL REFERENCES listing (id),
    offer_id   uuid        NOT NULL REFERENCES listing (id),
    score      int         NOT NULL,
    created_at timestamptz NOT NULL,
    PRIMARY KEY (ask_id, offer_id)
);
CREATE INDEX listing_match_offer_idx ON listing_match (offer_id);

CREATE TABLE handover (
    id                    uuid PRIMARY KEY,
    listing_id            uuid        NOT NULL REFERENCES listing (id),
    giver_id              uuid        NOT NULL REFERENCES member (id),
    receiver_id           uuid        NOT NULL REFERENCES member (id),
    requested_by          uuid        NOT NULL REFERENCES member (id),
    status                varchar(20) NOT NULL,
    giver_contact         varchar(200),
    receiver_contact      varchar(200),
    giver_agreed_at       timestamptz,
    receiver_agreed_at    timestamptz,
    giver_confirmed_at    timestamptz,
    receiver_confirmed_at timestamptz,
    created_at            timestamptz NOT NULL,
    completed_at          timestamptz,
    version               bigint      NOT NULL DEFAULT 0
);
-- one live hand-over per listing: a second reservation is refused by the database too
CREATE UNIQUE INDEX handover_live_idx ON handover (listing_id) WHERE status IN ('RESERVED', 'AGREED');
CREATE INDEX handover_giver_idx ON handover (giver_id);
CREATE INDEX handover_receiver_idx ON handover (receiver_id);

CREATE TABLE handover_message (
    id          bigserial PRIMARY KEY,
    handover_id uuid        NOT NULL REFERENCES handover (id),
    sender_id   uuid        NOT NULL REFERENCES member (id),
    body        text        NOT NULL,
    created_at  timestamptz NOT NULL
);
CREATE INDEX handover_message_idx ON handover_message (handover_id, id);

CREATE TABLE exchange_report (
    id          bigserial PRIMARY KEY,
    reporter_id uuid        NOT NULL REFERENCES member (id),
    listing_id  uuid REFERENCES listing (id),
    member_id   uuid REFERENCES member (id),
    reason      varchar(30) NOT NULL,
    note        text,
    created_at  timestamptz NOT NULL,
    CHECK ((listing_id IS NULL) <> (member_id IS NULL))
);
CREATE UNIQUE INDEX exchange_report_listing_once ON exchange_report (reporter_id, listing_id) WHERE listing_id IS NOT NULL;
CREATE UNIQUE INDEX exchange_report_member_once ON exchange_report (reporter_id, member_id) WHERE member_id IS NOT NULL;

CREATE TABLE exchange_block (
    blocker_id uuid        NOT NULL REFERENCES member (id),
    blocked_id uuid        NOT NULL REFERENCES member (id),
    created_at timestamptz NOT NULL,
    PRIMARY KEY (blocker_id, blocked_id)
);

CREATE TABLE exchange_notice (
    id          bigserial PRIMARY KEY,
    member_id   uuid         NOT NULL REFERENCES member (id),
    message_key varchar(100) NOT NULL,
    arguments   text         NOT NULL,
    link        varchar(300),
    created_at  timestamptz  NOT NULL,
    read_at     timestamptz
);
CREATE INDEX exchange_notice_member_idx ON exchange_notice (member_id, created_at);
