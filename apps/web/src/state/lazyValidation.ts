export type Validation = typeof import("./validation");

/** The validation module (zod via core's schemas), fetched the first time untrusted input arrives. */
export function loadValidation(): Promise<Validation> {
  return import("./validation");
}
