/** The sub-path the export was built for ('' at the root); set by next.config.js from BASE_PATH. */
export const BASE_PATH_CLIENT = process.env.NEXT_PUBLIC_BASE_PATH ?? '';
