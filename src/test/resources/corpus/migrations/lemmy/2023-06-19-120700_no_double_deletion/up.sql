
CREATE OR REPLACE FUNCTION x;



BEGIN x;















UPDATE x;

SET x;


SELECT x;



COMMENT x;









UPDATE x;

SET x;


SELECT x;















UPDATE x;

SET x;


SELECT x;













UPDATE x;

SET x;


SELECT x;
