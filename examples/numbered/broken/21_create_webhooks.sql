-- create webhooks
SELECT 21;
