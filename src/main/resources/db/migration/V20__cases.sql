-- Humanitarian cases (issue 4). Protected details are AES-GCM ciphertexts (bytea), one per column;
-- everything in plain columns may be shown publicly once the case is published.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

CREATE TABLE case_report (
    id                  uuid PRIMARY KEY,
    status              varchar(20)  NOT NULL,
    category            varchar(30)  NOT NULL,
    urgency             varchar(20)  NOT NULL,
    city                varchar(40)  NOT NULL,
    area                varchar(100),
    household_size      integer      NOT NULL CHECK (household_size BETWEEN 1 AND 50),
    summary             text         NOT NULL,
    public_summary      text,
    -- coarse position: two decimals (about 1 km); the exact point is encrypted below
    approx_latitude     numeric(5, 2),
    approx_longitude    numeric(5, 2),
    consent_summary     boolean      NOT NULL,
    consent_photos      boolean      NOT NULL,
    consent_at          timestamptz  NOT NULL,
    reporter_id         uuid,
    reporter_locale     varchar(5)   NOT NULL DEFAULT 'ar',
    follow_token_hash   varchar(64)  NOT NULL UNIQUE,
    submission_key      varchar(64)  NOT NULL UNIQUE,
    handling_org_id     uuid,
    duplicate_of        uuid REFERENCES case_report (id),
    published           boolean      NOT NULL DEFAULT false,
    reported_at         timestamptz  NOT NULL,
    updated_at          timestamptz  NOT NULL,
    closed_at           timestamptz,
    anonymised_at       timestamptz,
    -- protected details, encrypted per column (AES-GCM, associated data = case id + column name)
    enc_beneficiary_name bytea,
    enc_phone           bytea,
    enc_address         bytea,
    enc_location        bytea,
    enc_notes           bytea,
    enc_reporter_contact bytea,
    enc_follow_token    bytea,
    -- keyed hash (HMAC-SHA-256) of the normalised phone, to suggest duplicates without decrypting
    phone_hash          varchar(64),
    version             bigint       NOT NULL DEFAULT 0
);
CREATE INDEX case_report_queue ON case_report (city, category, status);
CREATE INDEX case_report_reporter ON case_report (reporter_id);
CREATE INDEX case_report_phone ON case_report (phone_hash) WHERE phone_hash IS NOT NULL;
CREATE INDEX case_report_summary_trgm ON case_report USING gin (summary gin_trgm_ops);
CREATE INDEX case_report_closed ON case_report (closed_at) WHERE anonymised_at IS NULL;

CREATE TABLE case_photo (
    id            uuid PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES case_report (id),
    stored_name   varchar(100) NOT NULL,
    content_type  varchar(40)  NOT NULL,
    added_at      timestamptz  NOT NULL
);
CREATE INDEX case_photo_case ON case_photo (case_id);

-- the reporter's timeline: message keys and arguments, rendered in the reader's language
CREATE TABLE case_event (
    id            bigserial PRIMARY KEY,
    case_id       uuid         NOT NULL REFERENCES case_report (id),
    kind          varchar(30)  NOT NULL,
    organisation_id uuid,
    member_id     uuid,
    note          text,
    visible_to_reporter boolean NOT NULL,
    created_at    timestamptz  NOT NULL
);
CREATE INDEX case_event_case ON case_event (case_id, id);

-- where and in which categories a verified organisation handles cases
CREATE TABLE case_coverage (
    organisation_id uuid        NOT NULL,
    city            varchar(40) NOT NULL,
    category        varchar(30) NOT NULL,
    PRIMARY KEY (organisation_id, city, category)
);
CREATE INDEX case_coverage_place ON case_coverage (city, category);

-- every opening of protected details; the application only inserts (hash-chained)
CREATE TABLE case_access_log (
    id              bigserial PRIMARY KEY,
    case_id         uuid         NOT NULL,
    member_id       uuid         NOT NULL,
    organisation_id uuid,
    reason          text         NOT NULL,
    opened_at       timestamptz  NOT NULL,
    previous_hash   varchar(64)  NOT NULL,
    hash            varchar(64)  NOT NULL
);
CREATE INDEX case_access_log_case ON case_access_log (case_id);

-- volunteers that an organisation assigned to a case (the volunteer bank may consume the event)
CREATE TABLE case_assignment (
    case_id      uuid        NOT NULL REFERENCES case_report (id),
    member_id    uuid        NOT NULL,
    assigned_by  uuid        NOT NULL,
    assigned_at  timestamptz NOT NULL,
    PRIMARY KEY (case_id, member_id)
);
