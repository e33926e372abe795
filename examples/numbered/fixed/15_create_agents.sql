-- create agents
SELECT 15;
