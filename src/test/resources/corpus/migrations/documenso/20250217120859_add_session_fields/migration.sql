








ALTER TABLE x;


ALTER TABLE x;
