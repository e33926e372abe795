



DROP INDEX x;
