-- create projects
SELECT 2;
