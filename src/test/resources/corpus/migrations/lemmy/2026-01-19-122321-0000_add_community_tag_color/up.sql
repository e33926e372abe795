
CREATE TYPE x;












ALTER TABLE x;
