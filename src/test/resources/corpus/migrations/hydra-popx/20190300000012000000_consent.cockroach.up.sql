CREATE TABLE x;























CREATE TABLE x;


















CREATE TABLE x;





CREATE TABLE x;












CREATE TABLE x;












CREATE TABLE x;






CREATE TABLE x;















ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
ALTER TABLE x;
