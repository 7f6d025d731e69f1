-- What each share link and ambassador brought a campaign (the organisation's management page and its CSV), kept
-- per campaign and referral instead of summed from the pledges at every view: with 1,000,000 pledges to one campaign
-- that report was a parallel scan of the pledge table on three processes, 340-380 ms each time
-- (docs/performance.md, "The referral report of a viral campaign").
-- The pledge writer adds each batch's referred pledges in its one statement; this trigger follows the changes that
-- move a pledge in or out of the report (it counts every pledge that has not expired) or change its amount, whatever
-- code makes them: expiry, a late transfer confirming an expired pledge, a card checkout that expires or completes,
-- a received amount that differs from the pledged one. Confirmations that change neither fire nothing.
CREATE TABLE campaign_referral (
    campaign_id  uuid        NOT NULL REFERENCES campaign (id),
    referral     varchar(80) NOT NULL,
    pledges      bigint      NOT NULL CHECK (pledges >= 0),
    amount_minor bigint      NOT NULL,
    PRIMARY KEY (campaign_id, referral)
);

INSERT INTO campaign_referral (campaign_id, referral, pledges, amount_minor)
SELECT campaign_id, referral, count(*), coalesce(sum(amount_minor), 0)
FROM pledge WHERE referral IS NOT NULL AND status <> 'EXPIRED' GROUP BY campaign_id, referral;

CREATE FUNCTION pledge_referral_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.referral IS NOT NULL AND OLD.status <> 'EXPIRED' THEN
        UPDATE campaign_referral
        SET pledges = pledges - 1, amount_minor = amount_minor - coalesce(OLD.amount_minor, 0)
        WHERE campaign_id = OLD.campaign_id AND referral = OLD.referral;
    END IF;
    IF NEW.referral IS NOT NULL AND NEW.status <> 'EXPIRED' THEN
        INSERT INTO campaign_referral AS r (campaign_id, referral, pledges, amount_minor)
        VALUES (NEW.campaign_id, NEW.referral, 1, coalesce(NEW.amount_minor, 0))
        ON CONFLICT (campaign_id, referral) DO UPDATE
            SET pledges = r.pledges + 1, amount_minor = r.amount_minor + EXCLUDED.amount_minor;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER pledge_referral_moved AFTER UPDATE OF status, amount_minor, referral, campaign_id ON pledge
    FOR EACH ROW
    WHEN ((OLD.referral IS NOT NULL OR NEW.referral IS NOT NULL)
          AND ((OLD.status = 'EXPIRED') IS DISTINCT FROM (NEW.status = 'EXPIRED')
               OR OLD.amount_minor IS DISTINCT FROM NEW.amount_minor
               OR OLD.referral IS DISTINCT FROM NEW.referral
               OR OLD.campaign_id IS DISTINCT FROM NEW.campaign_id))
    EXECUTE FUNCTION pledge_referral_moved();
