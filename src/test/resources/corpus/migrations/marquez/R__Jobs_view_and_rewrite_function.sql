CREATE OR REPLACE VIEW x;

SELECT x;






















CREATE OR REPLACE FUNCTION x;








BEGIN x;


SELECT x;



INSERT INTO x;



SELECT x;

















DO UPDATE SET x;


























WITH x;






SELECT x;







UPDATE x;
SET x;

SELECT x;







UPDATE x;
SET x;



SELECT x;





DROP TRIGGER IF EXISTS x;

CREATE TRIGGER x;



EXECUTE FUNCTION x;
