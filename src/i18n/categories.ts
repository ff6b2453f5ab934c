/**
 * The wizard's labels of the Plan's categories, by the field path of their answer
 * ("investments.hours.events"): taken from the workbook's texts, so the wizard and the sheet it
 * builds name every category alike.
 */
import type { Messages } from './en';

type PlanTexts = Messages['workbook']['plan'];

type Prefixed<P extends string, T> = { [K in keyof T & string as `${P}.${K}`]: string };

function prefixed<P extends string, T extends Record<string, string>>(prefix: P, labels: T): Prefixed<P, T> {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [`${prefix}.${key}`, label]),
  ) as Prefixed<P, T>;
}

/** Every category's label keyed by its answer's field path, from the Plan's row labels. */
export function categoryFieldLabels(plan: PlanTexts) {
  return {
    ...prefixed('investments.hours', plan.hours),
    ...prefixed('investments.money', plan.moneyItems),
    ...prefixed('investments.resources', plan.resources),
    ...prefixed('returns.direct', plan.direct),
    ...prefixed('returns.indirect', plan.indirect),
    ...prefixed('returns.intangible', plan.intangible),
  };
}
