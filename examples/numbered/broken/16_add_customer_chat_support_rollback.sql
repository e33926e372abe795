ALTER TABLE projects DROP COLUMN "chatEnabled";
