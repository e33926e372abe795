-- migrate:up



DO x;


BEGIN x;

SELECT x;






ALTER ROLE x;



-- migrate:down
