

DO x;
BEGIN x;
UPDATE x;
SET x;
