/** A change the workbook refuses, with the Office.js error code the API reports for it. */
export class ModelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}
