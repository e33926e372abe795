CREATE TABLE x;



















CREATE TABLE x;










CREATE TABLE x;














CREATE TABLE x;







CREATE TABLE x;
