-- DropForeignKey
ALTER TABLE "SignInFailure" DROP CONSTRAINT "SignInFailure_userId_fkey";

-- DropTable
DROP TABLE "SignInFailure";
