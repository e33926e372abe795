
ALTER TABLE x;




WITH x;
SELECT x;









UPDATE x;

SET x;








CREATE OR REPLACE FUNCTION x;



BEGIN x;

UPDATE x;

SET x;










UPDATE x;

SET x;















CREATE FUNCTION x;



BEGIN x;
DELETE FROM x;





CREATE TRIGGER x;


EXECUTE FUNCTION x;
