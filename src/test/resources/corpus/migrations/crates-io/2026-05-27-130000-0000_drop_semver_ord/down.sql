

CREATE OR REPLACE FUNCTION x;
















BEGIN x;















































COMMENT ON FUNCTION x;




ALTER TABLE x;


COMMENT ON COLUMN x;







CREATE OR REPLACE FUNCTION x;
BEGIN x;





CREATE OR REPLACE TRIGGER x;


EXECUTE PROCEDURE x;
