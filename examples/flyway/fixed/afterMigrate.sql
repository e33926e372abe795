-- Flyway callback, not a migration
SELECT 1;
