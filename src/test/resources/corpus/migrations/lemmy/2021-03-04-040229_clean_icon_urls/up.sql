
UPDATE x;

SET x;




UPDATE x;

SET x;




UPDATE x;

SET x;




UPDATE x;

SET x;
