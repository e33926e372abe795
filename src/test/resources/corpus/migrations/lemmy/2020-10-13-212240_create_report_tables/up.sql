CREATE TABLE x;












CREATE TABLE x;














CREATE OR REPLACE VIEW x;
SELECT x;































CREATE OR REPLACE VIEW x;
SELECT x;
