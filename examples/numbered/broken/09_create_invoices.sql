-- create invoices
SELECT 9;
