UPDATE "Booking" SET "status" = 'new' WHERE "status" IS NULL;
