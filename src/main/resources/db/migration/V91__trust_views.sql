-- Trust signals and the organisation's checklist (trust module, docs/trust.md). Read-only reporting views
-- over other modules' tables, the same rule as insights (V90, docs/decisions.md): a module that changes
-- one of these columns recreates the view in its own migration. Nothing here can be typed in by hand:
-- every figure comes from what members and organisations did.

-- first answers of an organisation to members' comments (engagement records each once)
CREATE VIEW trust_reply AS
    SELECT r.organisation_id, r.asked_at, r.answered_at FROM engagement_response r;

-- campaigns whose money arrived (a first confirmed pledge), and whether the organiser reported back after it
CREATE VIEW trust_campaign_money AS
    SELECT c.organisation_id, c.id AS campaign_id, m.money_at,
           EXISTS (SELECT 1 FROM campaign_update u WHERE u.campaign_id = c.id AND u.created_at > m.money_at) AS updated_after
      FROM campaign c
      JOIN (SELECT campaign_id, min(confirmed_at) AS money_at FROM pledge WHERE confirmed_at IS NOT NULL GROUP BY campaign_id) m
        ON m.campaign_id = c.id;

-- cases an organisation took on, and whether it closed them with an outcome written down
CREATE VIEW trust_case AS
    SELECT r.handling_org_id AS organisation_id, r.id AS case_id, r.closed_at IS NOT NULL AS closed,
           EXISTS (SELECT 1 FROM case_event e WHERE e.case_id = r.id AND e.kind = 'CLOSED'
                   AND coalesce(btrim(e.note), '') <> '') AS closed_with_outcome
      FROM case_report r
     WHERE r.handling_org_id IS NOT NULL AND r.status <> 'REJECTED' AND r.duplicate_of IS NULL;

-- what the checklist looks at in campaigns: story length, story photos, hashtags in the story or updates
CREATE VIEW trust_campaign_content AS
    SELECT c.organisation_id, c.id AS campaign_id, char_length(c.story) AS story_length,
           (SELECT count(*) FROM campaign_photo p WHERE p.campaign_id = c.id AND p.update_id IS NULL) AS story_photos,
           (c.story ~ '#[^[:space:][:punct:]]'
            OR EXISTS (SELECT 1 FROM campaign_update u WHERE u.campaign_id = c.id AND u.body ~ '#[^[:space:][:punct:]]')) AS hashtag
      FROM campaign c;

-- frames an organisation made for supporters' profile pictures, and how often they were adopted
CREATE VIEW trust_frame AS
    SELECT f.organisation_id, count(*) AS frames, coalesce(sum(f.adoptions), 0) AS adoptions
      FROM engagement_frame f GROUP BY f.organisation_id;
