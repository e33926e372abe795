
CREATE TABLE x;









INSERT INTO x;
SELECT x;






COMMENT x;

SELECT x;





















CREATE FUNCTION x;



BEGIN x;

INSERT INTO x;


DELETE FROM x;






CREATE TRIGGER x;


EXECUTE PROCEDURE x;


CREATE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;















UPDATE x;

SET x;












COMMENT x;








CREATE TRIGGER x;


EXECUTE PROCEDURE x;
