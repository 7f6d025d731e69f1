-- Moderation (issue 9): reports of public things, the queue of reported things, decisions, appeals,
-- automatic holds, and the platform's audit log (insert-only, hash-chained).

-- one row per reported (or held) thing: the queue
CREATE TABLE moderation_item (
    id            uuid PRIMARY KEY,
    target_type   varchar(30)   NOT NULL,
    target_id     uuid          NOT NULL,
    state         varchar(12)   NOT NULL CHECK (state IN ('OPEN', 'HIDDEN', 'RESTORED', 'DISMISSED')),
    held          boolean       NOT NULL DEFAULT false,  -- hidden by an automatic hold, waiting for review
    hold_reason   varchar(40),
    author_id     uuid,
    opened_at     timestamptz   NOT NULL,
    claimed_by    uuid REFERENCES member (id),
    claimed_at    timestamptz,
    decided_by    uuid REFERENCES member (id),
    decided_at    timestamptz,
    decision_note varchar(1000),
    appeal_text   varchar(2000),
    appealed_at   timestamptz,
    appeal_open   boolean       NOT NULL DEFAULT false,
    UNIQUE (target_type, target_id)
);
CREATE INDEX moderation_item_queue_ix ON moderation_item (state, opened_at);

CREATE TABLE moderation_report (
    id          uuid PRIMARY KEY,
    item_id     uuid          NOT NULL REFERENCES moderation_item (id),
    reporter_id uuid          NOT NULL REFERENCES member (id),
    reason      varchar(20)   NOT NULL CHECK (reason IN ('SPAM', 'SCAM', 'HATE', 'PRIVACY', 'MISLEADING', 'OTHER')),
    note        varchar(1000),
    created_at  timestamptz   NOT NULL,
    open        boolean       NOT NULL DEFAULT true
);
-- one open report per member and thing
CREATE UNIQUE INDEX moderation_report_open_ux ON moderation_report (item_id, reporter_id) WHERE open;
CREATE INDEX moderation_report_item_ix ON moderation_report (item_id);

-- texts recently written, for the automatic hold of the same text posted on several things
CREATE TABLE moderation_text_seen (
    author_id   uuid         NOT NULL,
    text_hash   varchar(64)  NOT NULL,
    target_type varchar(30)  NOT NULL,
    target_id   uuid         NOT NULL,
    seen_at     timestamptz  NOT NULL,
    PRIMARY KEY (author_id, text_hash, target_type, target_id)
);
CREATE INDEX moderation_text_seen_time_ix ON moderation_text_seen (seen_at);

-- The platform's audit log: administrative actions, verification decisions, access to protected data.
-- The application only inserts; each row carries the SHA-256 of the previous row's hash and its own
-- content, and the database refuses any UPDATE, DELETE or TRUNCATE.
CREATE TABLE audit_log (
    id            bigserial    PRIMARY KEY,
    at            timestamptz  NOT NULL,
    actor_id      uuid,
    action        varchar(40)  NOT NULL,
    subject_type  varchar(30)  NOT NULL,
    subject_id    varchar(64)  NOT NULL,
    detail        text         NOT NULL DEFAULT '',
    previous_hash varchar(64)  NOT NULL,
    hash          varchar(64)  NOT NULL
);
CREATE INDEX audit_log_action_ix ON audit_log (action, id);

CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit log is insert-only: % on % refused', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
    FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
    FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();

-- hidden flags for the things whose modules had none (each module reads its own)
ALTER TABLE campaign ADD COLUMN hidden boolean NOT NULL DEFAULT false;
ALTER TABLE engagement_comment ADD COLUMN hidden_at timestamptz;
ALTER TABLE member ADD COLUMN profile_hidden boolean NOT NULL DEFAULT false;
