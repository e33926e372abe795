
ALTER TABLE x;



UPDATE x;

SET x;







UPDATE x;

SET x;







UPDATE x;

SET x;







UPDATE x;

SET x;







DROP INDEX x;

CREATE INDEX x;
