
ALTER TABLE x;




UPDATE x;

SET x;







UPDATE x;

SET x;







UPDATE x;

SET x;


COMMENT x;




UPDATE x;

SET x;







ALTER TABLE x;
ALTER COLUMN x;


CREATE INDEX x;
