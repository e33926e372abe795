-- create landing pages
SELECT 13;
