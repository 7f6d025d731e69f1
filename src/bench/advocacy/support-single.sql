-- One supporter joins the viral complaint: the statement of SupportManagement.support, the count on
-- a single row (what a plain counter column would do).
\set slot 0
WITH added AS (INSERT INTO advocacy_support (complaint_id, member_id, me_too, experience, created_at)
    VALUES ('00000000-0000-0000-0000-000000000007', gen_random_uuid(), false, NULL, now()) ON CONFLICT DO NOTHING RETURNING me_too)
INSERT INTO advocacy_support_count AS t (complaint_id, slot, supporters, me_too)
SELECT '00000000-0000-0000-0000-000000000007', :slot, 1, CASE WHEN me_too THEN 1 ELSE 0 END FROM added
ON CONFLICT (complaint_id, slot) DO UPDATE SET supporters = t.supporters + 1, me_too = t.me_too + excluded.me_too;
SELECT coalesce(sum(supporters), 0) FROM advocacy_support_count WHERE complaint_id = '00000000-0000-0000-0000-000000000007';
