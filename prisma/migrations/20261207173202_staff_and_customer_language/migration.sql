-- AlterTable
ALTER TABLE "CloudCustomer" ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'en';

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "locale" "Locale" NOT NULL DEFAULT 'en';
