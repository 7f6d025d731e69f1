-- A pledge's campaign, member and item are still checked by the database, but once per statement instead of once per
-- row. A declared foreign key runs its check (an index lookup and a FOR KEY SHARE lock, with an executor started and
-- ended for each) for every inserted row; the pledge writer inserts 15–30 pledges per statement of the same campaign and
-- mostly the same few members, and those per-row checks were a fifth of the writer's PostgreSQL time (perf on the
-- backend, docs/performance.md "Run 19"), the one stage that limits the rate at 32 connections.
--
-- What the foreign keys guaranteed, and what replaces each part:
--   * an inserted pledge refers to an existing campaign, member and (for goods) item, and those rows are locked
--     FOR KEY SHARE until the inserting transaction ends, so that a concurrent delete waits and then fails:
--     pledge_references_exist, after each INSERT statement, over its transition table;
--   * a pledge cannot be moved to another campaign, member or item: pledge_references_fixed (the platform never
--     does it; a foreign key would have re-checked the new value, here the change is refused outright);
--   * a campaign, member or item with pledges cannot be deleted, nor its id changed: pledged_row_kept, after each
--     such row's delete or id update, checks with the pledge indexes (and for items through the campaign's index
--     rather than a sequential scan of all pledges, which the foreign key did).
-- Errors carry SQLSTATE 23503 (foreign_key_violation), as the foreign keys' did.
ALTER TABLE pledge
    DROP CONSTRAINT pledge_campaign_id_fkey,
    DROP CONSTRAINT pledge_member_id_fkey,
    DROP CONSTRAINT pledge_item_id_fkey;

CREATE FUNCTION pledge_references_exist() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    campaigns uuid[];
    members   uuid[];
    items     uuid[];
    found     int;
BEGIN
    -- the distinct parents first, then each table's rows locked by key alone: a locking query joined to the
    -- transition table made PostgreSQL copy every new (wide) pledge row for its recheck, and cost twice as much
    SELECT array_agg(DISTINCT campaign_id), array_agg(DISTINCT member_id),
           array_agg(DISTINCT item_id) FILTER (WHERE item_id IS NOT NULL)
    INTO campaigns, members, items
    FROM new_pledges;
    IF campaigns IS NULL THEN
        RETURN NULL; -- nothing inserted (every row skipped by ON CONFLICT DO NOTHING)
    END IF;
    PERFORM FROM campaign WHERE id = ANY (campaigns) FOR KEY SHARE;
    GET DIAGNOSTICS found = ROW_COUNT;
    IF found = cardinality(campaigns) THEN
        PERFORM FROM member WHERE id = ANY (members) FOR KEY SHARE;
        GET DIAGNOSTICS found = ROW_COUNT;
        IF found = cardinality(members) THEN
            IF items IS NULL THEN
                RETURN NULL;
            END IF;
            PERFORM FROM campaign_item WHERE id = ANY (items) FOR KEY SHARE;
            GET DIAGNOSTICS found = ROW_COUNT;
            IF found = cardinality(items) THEN
                RETURN NULL;
            END IF;
        END IF;
    END IF;
    RAISE foreign_key_violation USING
        MESSAGE = 'insert into pledge refers to a campaign, member or campaign item that does not exist';
END
$$;

CREATE TRIGGER pledge_references_exist
    AFTER INSERT ON pledge
    REFERENCING NEW TABLE AS new_pledges
    FOR EACH STATEMENT
EXECUTE FUNCTION pledge_references_exist();

CREATE FUNCTION pledge_references_fixed() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE foreign_key_violation USING
        MESSAGE = 'a pledge''s campaign, member and item cannot be changed';
END
$$;

CREATE TRIGGER pledge_references_fixed
    BEFORE UPDATE OF campaign_id, member_id, item_id ON pledge
    FOR EACH ROW
    WHEN (OLD.campaign_id IS DISTINCT FROM NEW.campaign_id OR OLD.member_id IS DISTINCT FROM NEW.member_id
        OR OLD.item_id IS DISTINCT FROM NEW.item_id)
EXECUTE FUNCTION pledge_references_fixed();

CREATE FUNCTION pledged_row_kept() RETURNS trigger
    LANGUAGE plpgsql AS
$$
DECLARE
    referenced boolean;
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'campaign' THEN
        referenced := EXISTS (SELECT 1 FROM pledge WHERE campaign_id = OLD.id);
    ELSIF TG_TABLE_NAME = 'member' THEN
        referenced := EXISTS (SELECT 1 FROM pledge WHERE member_id = OLD.id);
    ELSE
        referenced := EXISTS (SELECT 1 FROM pledge WHERE campaign_id = OLD.campaign_id AND item_id = OLD.id);
    END IF;
    IF referenced THEN
        RAISE foreign_key_violation USING
            MESSAGE = format('%s %s is still referenced from table pledge', TG_TABLE_NAME, OLD.id);
    END IF;
    RETURN NULL;
END
$$;

CREATE TRIGGER pledged_campaign_kept
    AFTER DELETE OR UPDATE OF id ON campaign
    FOR EACH ROW
EXECUTE FUNCTION pledged_row_kept();

CREATE TRIGGER pledged_member_kept
    AFTER DELETE OR UPDATE OF id ON member
    FOR EACH ROW
EXECUTE FUNCTION pledged_row_kept();

CREATE TRIGGER pledged_item_kept
    AFTER DELETE OR UPDATE OF id ON campaign_item
    FOR EACH ROW
EXECUTE FUNCTION pledged_row_kept();
