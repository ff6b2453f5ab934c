/**
 * Holds the stand-in to Apps Script's own signatures (`@types/google-apps-script`) at compile time.
 *
 * `implements Pick<GoogleAppsScript.Spreadsheet.Sheet, ...>` cannot do it: Pick keeps the real
 * return types, and a FakeRange is not a whole Range (it models a few dozen of its 200 methods).
 * So each fake class `implements Modelled<Fake, Real>`, a type computed from the fake itself:
 * every public method of the fake (test helpers aside: their names start with `peek`) must
 * 1. exist on the real interface (else its type becomes "Apps Script has no <name>"),
 * 2. accept the arguments of at least one of the real overloads, once the fake classes in its
 *    signature are read as the Apps Script types they stand for (FakeRange as Range ...),
 * 3. take no more arguments than the real method ever does, and
 * 4. return what the real one returns (or something the real return type is assignable to).
 * A method that fails any of these gets a string type naming the problem, and the class no longer
 * implements its `Modelled<>`: tsc reports the method and the sentence. A fake may model a subset
 * of a method's overloads; what it models is held by the tests.
 */
import type {
  FakeBooleanCondition,
  FakeChart,
  FakeChartBuilder,
  FakeConditionalFormatRule,
  FakeConditionalFormatRuleBuilder,
  FakeDataValidation,
  FakeDataValidationBuilder,
  FakeHtmlOutput,
  FakeLock,
  FakeMenu,
  FakeNamedRange,
  FakeProperties,
  FakeProtection,
  FakeRange,
  FakeRangeList,
  FakeSheet,
  FakeSpreadsheet,
  FakeUi,
} from './spreadsheetApp';

declare global {
  namespace GoogleAppsScript.Spreadsheet {
    /**
     * Apps Script's reference lists these two getters of BooleanCondition (the colour objects that
     * replaced getBackground and getFontColor); @types/google-apps-script 2.0 lacks them. The
     * preview reads conditional formats through them, as a script in Sheets would.
     */
    interface BooleanCondition {
      getBackgroundObject(): Color | null;
      getFontColorObject(): Color | null;
    }
  }
}

/** A fake type read as the Apps Script type it stands for; arrays and tuples element by element. */
export type Real<T> = T extends readonly unknown[]
  ? { [I in keyof T]: Real<T[I]> }
  : T extends FakeSpreadsheet
    ? GoogleAppsScript.Spreadsheet.Spreadsheet
    : T extends FakeSheet
      ? GoogleAppsScript.Spreadsheet.Sheet
      : T extends FakeRange
        ? GoogleAppsScript.Spreadsheet.Range
        : T extends FakeRangeList
          ? GoogleAppsScript.Spreadsheet.RangeList
          : T extends FakeNamedRange
            ? GoogleAppsScript.Spreadsheet.NamedRange
            : T extends FakeProtection
              ? GoogleAppsScript.Spreadsheet.Protection
              : T extends FakeDataValidationBuilder
                ? GoogleAppsScript.Spreadsheet.DataValidationBuilder
                : T extends FakeConditionalFormatRuleBuilder
                  ? GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
                  : T extends FakeConditionalFormatRule
                    ? GoogleAppsScript.Spreadsheet.ConditionalFormatRule
                    : T extends FakeBooleanCondition
                      ? GoogleAppsScript.Spreadsheet.BooleanCondition
                      : T extends FakeChartBuilder
                        ? GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder
                        : T extends FakeUi
                          ? GoogleAppsScript.Base.Ui
                          : T extends FakeMenu
                            ? GoogleAppsScript.Base.Menu
                            : T extends FakeHtmlOutput
                              ? GoogleAppsScript.HTML.HtmlOutput
                              : T extends FakeProperties
                                ? GoogleAppsScript.Properties.Properties
                                : T extends FakeLock
                                  ? GoogleAppsScript.Lock.Lock
                                  : T extends FakeDataValidation
                                    ? GoogleAppsScript.Spreadsheet.DataValidation
                                    : T extends FakeChart
                                      ? GoogleAppsScript.Spreadsheet.EmbeddedChart
                                      : T;

/** The parameter lists and return types of a method's overloads (up to eight: insertSheet has eight), as a union. */
type Overloads<F> = F extends {
  (...a: infer A1): infer R1;
  (...a: infer A2): infer R2;
  (...a: infer A3): infer R3;
  (...a: infer A4): infer R4;
  (...a: infer A5): infer R5;
  (...a: infer A6): infer R6;
  (...a: infer A7): infer R7;
  (...a: infer A8): infer R8;
}
  ? [A1, R1] | [A2, R2] | [A3, R3] | [A4, R4] | [A5, R5] | [A6, R6] | [A7, R7] | [A8, R8]
  : F extends (...a: infer A) => infer R
    ? [A, R]
    : never;

type ParamsOf<O> = O extends [infer A, unknown] ? A : never;
type ReturnOf<O> = O extends [unknown, infer R] ? R : never;

/** True when some member of the union `U` is assignable to `T`. */
type SomeAssignable<U, T> = true extends (U extends T ? true : false) ? true : false;

/** The sentence a method gets instead of its type when it does not match Apps Script's. */
type Problem<K extends PropertyKey, What extends string> = `${What}: ${K & string}`;

type Methods<F> = {
  [K in keyof F]: F[K] extends (...a: never[]) => unknown ? (K extends `peek${string}` ? never : K) : never;
}[keyof F];

/** `F[K]` checked against `R` (see the module comment), or a sentence naming what is wrong. */
type Checked<K extends PropertyKey, Fake, R> = Fake extends (...a: infer FA) => infer FR
  ? SomeAssignable<ParamsOf<Overloads<R>>, Real<FA>> extends false
    ? Problem<K, 'takes arguments no overload of Apps Script takes'>
    : [FA['length']] extends [ParamsOf<Overloads<R>>['length']]
      ? [Real<FR>] extends [ReturnOf<Overloads<R>>]
        ? Fake
        : [ReturnOf<Overloads<R>>] extends [Real<FR>]
          ? Fake
          : Problem<K, 'returns another type than Apps Script'>
      : Problem<K, 'takes more arguments than Apps Script'>
  : never;

/** What a fake of the Apps Script interface `G` must implement: see the module comment. */
export type Modelled<F, G> = {
  [K in Methods<F>]: K extends keyof G ? Checked<K, F[K], G[K]> : Problem<K, 'Apps Script has no method'>;
};

/** Checks an object literal standing for an Apps Script service (`SpreadsheetApp`, ...) likewise. */
export function modelled<G>() {
  return <F extends Modelled<F, G>>(service: F): F => service;
}
