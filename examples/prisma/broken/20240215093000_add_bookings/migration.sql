-- CreateTable
CREATE TABLE "Booking" ("id" SERIAL NOT NULL, "userId" INTEGER NOT NULL);
