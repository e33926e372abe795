

ALTER TABLE x;




ALTER TABLE x;


UPDATE x;

SET x;



SELECT x;








UPDATE x;

SET x;


SELECT x;










UPDATE x;

SET x;


SELECT x;












ALTER TABLE x;


UPDATE x;

SET x;



SELECT x;







REINDEX TABLE x;

ALTER TABLE x;




ALTER TABLE x;


UPDATE x;

SET x;



SELECT x;







UPDATE x;

SET x;


SELECT x;










UPDATE x;

SET x;


SELECT x;












ALTER TABLE x;


UPDATE x;

SET x;



SELECT x;







REINDEX TABLE x;
