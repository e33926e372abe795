


SET x;







EXECUTE x;


ALTER TABLE x;
