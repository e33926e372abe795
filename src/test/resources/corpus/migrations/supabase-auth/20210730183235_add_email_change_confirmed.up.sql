

ALTER TABLE x;



DO x;
BEGIN x;




ALTER TABLE x;
