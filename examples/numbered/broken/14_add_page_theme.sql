-- add page theme
SELECT 14;
