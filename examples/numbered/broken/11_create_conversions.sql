-- create conversions
SELECT 11;
