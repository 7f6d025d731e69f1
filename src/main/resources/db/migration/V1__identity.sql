-- Members, organisations, verification, API tokens, e-mail tokens.

CREATE TABLE member (
    id                 uuid PRIMARY KEY,
    email              varchar(254) NOT NULL,
    password_hash      varchar(200) NOT NULL,
    display_name       varchar(100) NOT NULL,
    city               varchar(100),
    bio                varchar(1000),
    languages          varchar(200),
    preferred_locale   varchar(8)   NOT NULL DEFAULT 'ar',
    avatar_file        varchar(100),
    roles              varchar(200) NOT NULL DEFAULT 'MEMBER',
    email_verified_at  timestamptz,
    enabled            boolean      NOT NULL DEFAULT true,
    totp_secret        varchar(64),
    totp_enabled       boolean      NOT NULL DEFAULT false,
    created_at         timestamptz  NOT NULL,
    version            bigint       NOT NULL DEFAULT 0
);
CREATE UNIQUE INDEX member_email_uk ON member (lower(email));

CREATE TABLE email_token (
    token_hash  varchar(64) PRIMARY KEY,
    member_id   uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    purpose     varchar(20) NOT NULL,
    created_at  timestamptz NOT NULL,
    expires_at  timestamptz NOT NULL,
    used_at     timestamptz
);
CREATE INDEX email_token_member_ix ON email_token (member_id, purpose);

CREATE TABLE organisation (
    id               uuid PRIMARY KEY,
    slug             varchar(120) NOT NULL UNIQUE,
    name             varchar(150) NOT NULL,
    kind             varchar(20)  NOT NULL,
    description      varchar(4000),
    city             varchar(100),
    website          varchar(300),
    contact_email    varchar(254),
    status           varchar(20)  NOT NULL,
    status_reason    varchar(1000),
    verified_at      timestamptz,
    created_by       uuid         NOT NULL REFERENCES member (id),
    created_at       timestamptz  NOT NULL,
    version          bigint       NOT NULL DEFAULT 0
);
CREATE INDEX organisation_status_ix ON organisation (status);

CREATE TABLE organisation_member (
    organisation_id  uuid        NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    member_id        uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    role             varchar(20) NOT NULL,
    joined_at        timestamptz NOT NULL,
    PRIMARY KEY (organisation_id, member_id)
);
CREATE INDEX organisation_member_member_ix ON organisation_member (member_id);

CREATE TABLE organisation_invitation (
    id               uuid PRIMARY KEY,
    organisation_id  uuid         NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    email            varchar(254) NOT NULL,
    role             varchar(20)  NOT NULL,
    token_hash       varchar(64)  NOT NULL UNIQUE,
    invited_by       uuid         NOT NULL REFERENCES member (id),
    created_at       timestamptz  NOT NULL,
    expires_at       timestamptz  NOT NULL,
    accepted_at      timestamptz
);

CREATE TABLE verification_request (
    id               uuid PRIMARY KEY,
    organisation_id  uuid          NOT NULL REFERENCES organisation (id) ON DELETE CASCADE,
    submitted_by     uuid          NOT NULL REFERENCES member (id),
    submitted_at     timestamptz   NOT NULL,
    note             varchar(2000),
    status           varchar(20)   NOT NULL,
    decided_by       uuid REFERENCES member (id),
    decided_at       timestamptz,
    reason           varchar(1000)
);
CREATE INDEX verification_request_status_ix ON verification_request (status, submitted_at);

CREATE TABLE verification_document (
    id               uuid PRIMARY KEY,
    request_id       uuid         NOT NULL REFERENCES verification_request (id) ON DELETE CASCADE,
    original_name    varchar(255) NOT NULL,
    stored_name      varchar(100) NOT NULL,
    content_type     varchar(100) NOT NULL,
    size_bytes       bigint       NOT NULL
);

CREATE TABLE api_token (
    id            uuid PRIMARY KEY,
    member_id     uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    name          varchar(100) NOT NULL,
    token_hash    varchar(64)  NOT NULL UNIQUE,
    prefix        varchar(16)  NOT NULL,
    created_at    timestamptz  NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz
);
CREATE INDEX api_token_member_ix ON api_token (member_id);
