-- +goose Up

CREATE TABLE x;




















INSERT INTO x;


SELECT x;

















DROP TABLE x;

ALTER TABLE x;
RENAME x;

CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;





CREATE TABLE x;






































COMMENT x;











INSERT INTO x;






SELECT x;



































COMMENT x;









DROP TABLE x;

ALTER TABLE x;
RENAME x;

CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;




CREATE TABLE x;






































COMMENT x;





















INSERT INTO x;








SELECT x;



































COMMENT x;



















DROP TABLE x;

ALTER TABLE x;
RENAME x;

CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;


CREATE INDEX x;





CREATE TABLE x;











INSERT INTO x;
SELECT x;


DROP TABLE x;

ALTER TABLE x;
RENAME x;

CREATE INDEX x;




CREATE TABLE x;















INSERT INTO x;

SELECT x;











DROP TABLE USER x;

ALTER TABLE x;
RENAME x;

CREATE INDEX x;



-- +goose Down
ALTER TABLE x;
