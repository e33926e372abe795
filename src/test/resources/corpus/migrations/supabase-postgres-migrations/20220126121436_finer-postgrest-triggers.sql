-- migrate:up

DROP x;
DROP FUNCTION IF EXISTS x;



CREATE OR REPLACE FUNCTION x;


BEGIN x;























CREATE OR REPLACE FUNCTION x;


BEGIN x;




















DROP x;
CREATE x;

EXECUTE PROCEDURE x;

DROP x;
CREATE x;

EXECUTE PROCEDURE x;


-- migrate:down
