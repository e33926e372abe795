




ALTER TABLE x;
