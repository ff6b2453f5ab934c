/**
 * The one error type of the pure core. Its message is a plain sentence that says what to fix;
 * the custom-function layer prefixes the function's name so Sheets shows, on hover,
 * "NETROI: the total investment is 0; enter costs or hours above zero".
 */
export class RoiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RoiError';
  }
}
