
















DROP INDEX IF EXISTS x;
