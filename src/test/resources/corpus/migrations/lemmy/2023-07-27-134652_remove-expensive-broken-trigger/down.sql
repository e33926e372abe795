CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;




UPDATE x;

SET x;





UPDATE x;

SET x;


SELECT x;


















CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;




UPDATE x;

SET x;





UPDATE x;

SET x;


SELECT x;


















CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;


COMMENT x;






UPDATE x;

SET x;


COMMENT x;
