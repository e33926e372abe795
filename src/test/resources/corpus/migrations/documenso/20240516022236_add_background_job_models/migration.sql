
CREATE TYPE x;


CREATE TYPE x;


CREATE TABLE x;














CREATE TABLE x;













ALTER TABLE x;
