
CREATE TYPE x;


CREATE TABLE x;














ALTER TABLE x;
