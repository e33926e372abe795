-- create bookings
SELECT 7;
