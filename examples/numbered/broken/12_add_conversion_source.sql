-- add conversion source
SELECT 12;
