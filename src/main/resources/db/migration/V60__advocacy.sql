-- Collective complaints (issue 7): companies and public services, complaints with evidence, supporters
-- ("me too" or simple support), official responses, claims of company profiles, moderation.
-- See docs/advocacy.md.

CREATE TABLE advocacy_company (
    id              uuid PRIMARY KEY,
    name            varchar(120) NOT NULL,
    name_key        varchar(120) NOT NULL,
    country         char(2)      NOT NULL,
    sector          varchar(20)  NOT NULL,
    -- the official e-mail domain, set by an administrator only (a complainant could name any domain)
    official_domain varchar(253),
    created_at      timestamptz  NOT NULL,
    claimed_at      timestamptz
);
CREATE UNIQUE INDEX advocacy_company_name_ux ON advocacy_company (country, name_key);

CREATE TABLE advocacy_company_representative (
    company_id  uuid        NOT NULL REFERENCES advocacy_company (id) ON DELETE CASCADE,
    member_id   uuid        NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    method      varchar(10) NOT NULL CHECK (method IN ('EMAIL', 'DOCUMENT')),
    verified_at timestamptz NOT NULL,
    PRIMARY KEY (company_id, member_id)
);
CREATE INDEX advocacy_company_representative_member_ix ON advocacy_company_representative (member_id);

CREATE TABLE advocacy_company_claim (
    id             uuid PRIMARY KEY,
    company_id     uuid         NOT NULL REFERENCES advocacy_company (id) ON DELETE CASCADE,
    member_id      uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    method         varchar(10)  NOT NULL CHECK (method IN ('EMAIL', 'DOCUMENT')),
    work_email     varchar(254),
    code_hash      varchar(64),
    attempts       integer      NOT NULL DEFAULT 0,
    note           varchar(1000),
    document_file  varchar(100),
    document_type  varchar(40),
    status         varchar(10)  NOT NULL CHECK (status IN ('PENDING', 'APPROVED', 'REJECTED')),
    created_at     timestamptz  NOT NULL,
    decided_at     timestamptz,
    decided_by     uuid REFERENCES member (id)
);
-- one open claim per member and company: a second click finds the first
CREATE UNIQUE INDEX advocacy_company_claim_open_ux ON advocacy_company_claim (company_id, member_id) WHERE status = 'PENDING';

CREATE TABLE advocacy_complaint (
    id               uuid PRIMARY KEY,
    number           bigserial    NOT NULL UNIQUE,
    company_id       uuid         NOT NULL REFERENCES advocacy_company (id),
    author_id        uuid         NOT NULL REFERENCES member (id),
    title            varchar(150) NOT NULL,
    what_happened    text         NOT NULL CHECK (length(what_happened) <= 5000),
    outcome          varchar(30)  NOT NULL,
    outcome_details  varchar(1000),
    sector           varchar(20)  NOT NULL,
    hashtag          varchar(60)  NOT NULL,
    hashtag_key      varchar(60)  NOT NULL,
    status           varchar(12)  NOT NULL CHECK (status IN ('OPEN', 'SENT', 'ANSWERED', 'RESOLVED', 'UNRESOLVED')),
    created_at       timestamptz  NOT NULL,
    updated_at       timestamptz  NOT NULL,
    sent_at          timestamptz,
    answered_at      timestamptz,
    closed_at        timestamptz,
    company_proposes_resolved boolean NOT NULL DEFAULT false,
    hidden_at        timestamptz,
    hidden_reason    varchar(500),
    -- a form's idempotency key: a double submit finds the first complaint
    submission_key   uuid         NOT NULL UNIQUE,
    CHECK (status = 'OPEN' OR sent_at IS NOT NULL)
);
CREATE UNIQUE INDEX advocacy_complaint_hashtag_ux ON advocacy_complaint (hashtag_key);
CREATE INDEX advocacy_complaint_company_ix ON advocacy_complaint (company_id, sent_at);
CREATE INDEX advocacy_complaint_author_ix ON advocacy_complaint (author_id, created_at);
CREATE INDEX advocacy_complaint_public_ix ON advocacy_complaint (sent_at DESC) WHERE status <> 'OPEN' AND hidden_at IS NULL;

-- One row per supporter: the primary key makes a second click (or a retried request) a no-op.
CREATE TABLE advocacy_support (
    complaint_id uuid          NOT NULL REFERENCES advocacy_complaint (id) ON DELETE CASCADE,
    member_id    uuid          NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    me_too       boolean       NOT NULL,
    experience   varchar(2000),
    created_at   timestamptz   NOT NULL,
    hidden_at    timestamptz,
    PRIMARY KEY (complaint_id, member_id)
);
CREATE INDEX advocacy_support_member_ix ON advocacy_support (member_id, created_at);

-- The supporters' count, spread over a few rows per complaint so that thousands of supporters at
-- once do not queue on one row lock (docs/performance.md, "Supporting a viral complaint").
CREATE TABLE advocacy_support_count (
    complaint_id uuid     NOT NULL REFERENCES advocacy_complaint (id) ON DELETE CASCADE,
    slot         smallint NOT NULL,
    supporters   integer  NOT NULL DEFAULT 0,
    me_too       integer  NOT NULL DEFAULT 0,
    PRIMARY KEY (complaint_id, slot)
);

-- A milestone is recorded once: the insert that wins publishes the event.
CREATE TABLE advocacy_milestone (
    complaint_id uuid        NOT NULL REFERENCES advocacy_complaint (id) ON DELETE CASCADE,
    threshold    integer     NOT NULL,
    reached_at   timestamptz NOT NULL,
    PRIMARY KEY (complaint_id, threshold)
);

CREATE TABLE advocacy_evidence (
    id            uuid PRIMARY KEY,
    complaint_id  uuid         NOT NULL REFERENCES advocacy_complaint (id) ON DELETE CASCADE,
    owner_id      uuid         NOT NULL REFERENCES member (id) ON DELETE CASCADE,
    caption       varchar(200),
    file_name     varchar(100) NOT NULL,
    content_type  varchar(40)  NOT NULL,
    created_at    timestamptz  NOT NULL,
    removed_at    timestamptz
);
CREATE INDEX advocacy_evidence_complaint_ix ON advocacy_evidence (complaint_id, created_at);

CREATE TABLE advocacy_response (
    id            uuid PRIMARY KEY,
    complaint_id  uuid          NOT NULL REFERENCES advocacy_complaint (id) ON DELETE CASCADE,
    company_id    uuid          NOT NULL REFERENCES advocacy_company (id),
    author_id     uuid          NOT NULL REFERENCES member (id),
    public        boolean       NOT NULL,
    body          varchar(3000) NOT NULL,
    created_at    timestamptz   NOT NULL,
    hidden_at     timestamptz
);
CREATE INDEX advocacy_response_complaint_ix ON advocacy_response (complaint_id, created_at);
