ALTER TABLE x;




ALTER TABLE x;



ALTER TABLE x;







INSERT INTO x;
SELECT x;






SELECT x;








SELECT x;












DO UPDATE SET x;





ALTER TABLE x;
