CREATE TABLE x;




INSERT INTO x;




























CREATE TABLE x;











CREATE TABLE x;







CREATE TABLE x;







CREATE TABLE x;







INSERT INTO x;


CREATE TABLE x;
