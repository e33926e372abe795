
CREATE TABLE x;












ALTER TABLE x;
