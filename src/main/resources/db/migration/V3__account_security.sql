-- Account security: TOTP codes are single use (the last accepted 30-second step is remembered).
ALTER TABLE member ADD COLUMN totp_last_step bigint;

-- API tokens are looked up by hash on every API request and listed per member.
CREATE INDEX api_token_member_created_ix ON api_token (member_id, created_at DESC);
