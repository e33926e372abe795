




ALTER TABLE x;



ALTER TABLE x;



DROP FUNCTION IF EXISTS x;
CREATE FUNCTION x;

BEGIN x;




















ALTER TABLE x;












CREATE INDEX x;
