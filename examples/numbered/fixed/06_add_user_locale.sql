-- add user locale
SELECT 6;
