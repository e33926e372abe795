






ALTER TABLE x;
