


WITH x;
SELECT x;







SELECT x;



SELECT x;





INSERT INTO x;
SELECT x;





WITH x;
SELECT x;





DELETE x;


SELECT x;





WITH x;
SELECT x;







DELETE x;


SELECT x;






UPDATE x;
SET x;
