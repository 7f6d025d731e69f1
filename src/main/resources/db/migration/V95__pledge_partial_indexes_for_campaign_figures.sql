-- A campaign's live figures are read by every campaign page, every GET /api/v1/campaigns and every new live viewer, and
-- its ambassadors' leaderboard by every campaign page. Each wants a few of the campaign's pledges (its goods pledges;
-- the pledges an ambassador brought) but found them through pledge_campaign, that is by reading EVERY pledge of the
-- campaign: with 2 million pledges to one viral campaign, the live counter fell more than 2 s behind and the
-- page's readers took CPU from the donors' pledges (docs/performance.md, "Run 22").
-- Partial indexes hold only those pledges, with the columns the reads need, so that the reads cost what they return.
-- A money pledge without an ambassador, the viral case, adds no entry to either.
CREATE INDEX pledge_goods ON pledge (campaign_id, item_id) INCLUDE (quantity, status) WHERE item_id IS NOT NULL;
CREATE INDEX pledge_ambassador ON pledge (campaign_id) INCLUDE (referral, amount_minor, member_id, status)
    WHERE referral LIKE 'amb-%';
