-- One counter every write to the published data advances, so each node of a cluster can
-- tell cheaply (one indexed row read a second) that its rendered feeds are stale, whichever
-- node wrote. Statement-level triggers: one bump per statement, not per row.
CREATE TABLE change_counter (
    id      INTEGER PRIMARY KEY,
    value   BIGINT NOT NULL
);
INSERT INTO change_counter (id, value) VALUES (1, 0);

CREATE FUNCTION rawafid_bump_change_counter() RETURNS trigger AS $$
BEGIN
    UPDATE change_counter SET value = value + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER item_changed AFTER INSERT OR UPDATE OR DELETE ON item
    FOR EACH STATEMENT EXECUTE FUNCTION rawafid_bump_change_counter();
CREATE TRIGGER story_changed AFTER INSERT OR UPDATE OR DELETE ON story
    FOR EACH STATEMENT EXECUTE FUNCTION rawafid_bump_change_counter();
