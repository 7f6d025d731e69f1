-- A complaint's insights are its author's (complaints belong to no organisation): a read-only reporting
-- view, like V90's, naming each complaint's author and title (docs/insights.md, docs/decisions.md).
CREATE VIEW insights_complaint AS
    SELECT c.id AS target_id, c.author_id, c.title::text AS title, c.created_at
      FROM advocacy_complaint c;

-- Visits from shares are now read from the dated view rollups (every channel but "direct"); engagement's
-- undated share counter is no longer read by insights.
DROP VIEW insights_share;
