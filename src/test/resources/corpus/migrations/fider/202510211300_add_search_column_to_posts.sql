
ALTER TABLE x;


CREATE OR REPLACE FUNCTION x;

BEGIN x;



























UPDATE x;
SET x;




ALTER TABLE x;












CREATE INDEX x;
