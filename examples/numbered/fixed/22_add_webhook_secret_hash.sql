-- add webhook secret hash
SELECT 22;
