// The one HyperFormula configuration shared by the tests and the local preview (npm start), so a
// formula the tests hold equal is computed the same way where people first try the add-on.
import type { ConfigParams } from 'hyperformula';

/**
 * HyperFormula settings for every engine the tests and the preview build.
 * - `useArrayArithmetic`: SUMPRODUCT and the other native rewrites evaluate their arguments as
 *   arrays in Sheets, Excel and LibreOffice; without it HyperFormula shows `#VALUE!` for
 *   `SUMPRODUCT(B2:B4, v^{1;2;3})` and the preview would show a correct rewrite as an error.
 * - `smartRounding: false`: read back full doubles; smart rounding cuts results to 10 decimals,
 *   which would hide differences the 1e-9 comparisons are meant to catch.
 * - `licenseKey`: HyperFormula is GPL; it runs only in tests and dev tools, never in the add-on.
 */
export const ENGINE_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  smartRounding: false,
  useArrayArithmetic: true,
};
