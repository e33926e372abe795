-- Customer chat: a quoted, case-sensitive column name, as ORMs like Prisma create them.
ALTER TABLE projects ADD COLUMN "chatEnabled" BOOLEAN NOT NULL DEFAULT FALSE;
