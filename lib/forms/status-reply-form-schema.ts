import { requesterReplySchema } from "@/lib/domain/status/status-page-forms";
import { uploadFilesSchema } from "./upload-files";

/** The status page's reply form: the reply plus the attached files, within the upload limits. */
export const statusReplyFormSchema = requesterReplySchema.extend({ files: uploadFilesSchema });
