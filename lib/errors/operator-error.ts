/**
 * A refusal of an operator's command (key rotation, restoring a backup): said in English on the command
 * line, which is not translated. Use-cases people reach through a page or the API throw AppError instead.
 */
export class OperatorError extends Error {
  override name = "OperatorError";
}
