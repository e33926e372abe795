





CREATE OR REPLACE FUNCTION x;


BEGIN x;















ALTER TABLE x;


ALTER TABLE x;




UPDATE x;

SET x;


UPDATE x;

SET x;



CREATE INDEX x;

CREATE INDEX x;

CREATE INDEX x;


CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;
























UPDATE x;

SET x;































CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;
























UPDATE x;

SET x;





















COMMENT x;
