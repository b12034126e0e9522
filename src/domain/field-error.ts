/** One problem with one field of an input, named by its path (e.g. `workload.ects`). */
export interface FieldError {
  path: string;
  /** Stable machine code; the front-end translates it. */
  code: string;
  /** Plain-English explanation, also shown to API clients. */
  message: string;
}

export function fieldError(path: string, code: string, message: string): FieldError {
  return { path, code, message };
}
