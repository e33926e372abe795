-- add project slug
SELECT 4;
