-- add subscription tier
SELECT 17;
