-- create proposals
SELECT 3;
