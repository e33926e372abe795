

ALTER TABLE x;


ALTER TABLE x;


ALTER TABLE x;


ALTER TABLE x;


ALTER TABLE x;


ALTER TABLE x;


ALTER TABLE x;


ALTER TABLE x;


CREATE OR REPLACE FUNCTION x;





BEGIN x;
SELECT x;


SELECT x;


COMMENT x;





SELECT x;











UPDATE x;

SET x;

SELECT x;




UPDATE x;

SET x;

SELECT x;




UPDATE x;

SET x;

SELECT x;




UPDATE x;

SET x;

SELECT x;




CREATE OR REPLACE FUNCTION x;





BEGIN x;

SELECT x;



SELECT x;



COMMENT x;




SELECT x;











UPDATE x;

SET x;






UPDATE x;

SET x;






UPDATE x;

SET x;






UPDATE x;

SET x;
