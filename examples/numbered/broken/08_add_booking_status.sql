-- add booking status
SELECT 8;
