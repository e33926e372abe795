-- migrate:up


DO x;
BEGIN x;
ALTER FUNCTION x;




DO x;
BEGIN x;
ALTER FUNCTION x;




DO x;
BEGIN x;
ALTER FUNCTION x;



-- migrate:down
