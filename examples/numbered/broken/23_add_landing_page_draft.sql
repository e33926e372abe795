-- add landing page draft
SELECT 23;
