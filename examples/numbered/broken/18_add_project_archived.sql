-- add project archived
SELECT 18;
