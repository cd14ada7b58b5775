/** A setting is missing, malformed or contradicts another: the process must not start with it. */
export class ConfigError extends Error {
  override name = "ConfigError";
}
