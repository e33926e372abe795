-- add audit actor
SELECT 20;
