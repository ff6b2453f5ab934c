/**
 * The sentences of the answers' problems in English, Russian and Finnish, one per problem code,
 * and how numbers are written in them. The server's validation and the sidebar word problems
 * from this one table.
 */
import { fill } from '../i18n/fill';
import { type ByLanguage, knownLanguage, type Language, languageFacts } from '../i18n/languages';
import type { Finding, ProblemCode } from './schema';

type Texts = Record<ProblemCode, string>;

const en: Texts = {
  missing: 'Enter a value; it is missing.',
  choice: 'Choose one of {values}.',
  whole: 'Enter a whole number from {min} to {max}.',
  rate: 'Enter a percentage from {min} to {max}.',
  notNumber: 'Enter a number, such as {example}.',
  negative: 'Enter 0 or more.',
  tooLarge: 'Enter at most {max}.',
  currency: 'Enter the three-letter ISO 4217 code of a currency, such as EUR.',
  month: 'Choose a month and enter a year from {min} to {max}.',
  flag: 'Choose yes or no (true or false).',
  notObject: 'Enter a group of answers here, with the fields {fields}.',
  unknownField: 'Remove this field: the wizard has no field of this name here (check its spelling).',
  individualPeople: 'An individual plan is for 1 person; choose a team for {people}.',
  conversions: 'Conversions cannot be more than new contacts ({contacts}).',
  hoursOverMonth: 'These hours add up to {total} a month; a month holds at most {max} hours (31 days × 24).',
  names: 'Enter the members’ names as a list.',
  memberName: 'Enter a name here, or remove the empty line.',
  memberLength: 'Shorten “{name}” to at most {max} characters.',
  memberFormula: '“{name}” cannot start with =, +, - or @ (the sheet would read it as a formula).',
  memberDuplicate: '“{name}” is already in the list; give each member a distinct name.',
  tooManyMembers: 'Name at most {people} members, the number of people in the team.',
  moreProblems: 'And {count} more problems; fix these first.',
};

const ru: Texts = {
  missing: 'Введите значение: его нет.',
  choice: 'Выберите одно из значений: {values}.',
  whole: 'Введите целое число от {min} до {max}.',
  rate: 'Введите процент от {min} до {max}.',
  notNumber: 'Введите число, например {example}.',
  negative: 'Введите 0 или больше.',
  tooLarge: 'Введите не больше {max}.',
  currency: 'Введите трёхбуквенный код валюты ISO 4217, например EUR.',
  month: 'Выберите месяц и введите год от {min} до {max}.',
  flag: 'Выберите «да» или «нет» (true или false).',
  notObject: 'Здесь нужна группа ответов с полями {fields}.',
  unknownField: 'Удалите это поле: в мастере нет поля с таким именем (проверьте написание).',
  individualPeople: 'Личный план рассчитан на 1 человека; для {people} выберите команду.',
  conversions: 'Конверсий не может быть больше, чем новых контактов ({contacts}).',
  hoursOverMonth: 'Эти часы дают {total} в месяц, а в месяце не больше {max} часов (31 день × 24).',
  names: 'Введите имена участников списком.',
  memberName: 'Введите здесь имя или удалите пустую строку.',
  memberLength: 'Сократите «{name}» до {max} символов.',
  memberFormula: '«{name}»: имя не может начинаться с =, +, - или @ (таблица прочтёт его как формулу).',
  memberDuplicate: '«{name}» уже есть в списке; у каждого участника должно быть своё имя.',
  tooManyMembers: 'Укажите не больше {people} участников: столько человек в команде.',
  moreProblems: 'И ещё проблем: {count}; сначала исправьте эти.',
};

const fi: Texts = {
  missing: 'Anna arvo; se puuttuu.',
  choice: 'Valitse jokin näistä: {values}.',
  whole: 'Anna kokonaisluku väliltä {min}–{max}.',
  rate: 'Anna prosentti väliltä {min}–{max}.',
  notNumber: 'Anna luku, esimerkiksi {example}.',
  negative: 'Anna 0 tai enemmän.',
  tooLarge: 'Anna enintään {max}.',
  currency: 'Anna valuutan kolmikirjaiminen ISO 4217 -koodi, esimerkiksi EUR.',
  month: 'Valitse kuukausi ja anna vuosi väliltä {min}–{max}.',
  flag: 'Valitse kyllä tai ei (true tai false).',
  notObject: 'Tähän kuuluu vastausryhmä, jonka kentät ovat {fields}.',
  unknownField:
    'Poista tämä kenttä: ohjatussa toiminnossa ei ole tämännimistä kenttää (tarkista kirjoitusasu).',
  individualPeople: 'Henkilökohtainen suunnitelma on yhdelle; valitse tiimi, jos henkilöitä on {people}.',
  conversions: 'Konversioita ei voi olla enemmän kuin uusia kontakteja ({contacts}).',
  hoursOverMonth:
    'Nämä tunnit ovat yhteensä {total} kuukaudessa; kuukaudessa on enintään {max} tuntia (31 päivää × 24).',
  names: 'Anna jäsenten nimet luettelona.',
  memberName: 'Kirjoita tähän nimi tai poista tyhjä rivi.',
  memberLength: 'Lyhennä nimi ”{name}” enintään {max} merkkiin.',
  memberFormula: '”{name}”: nimi ei voi alkaa merkillä =, +, - tai @ (taulukko lukisi sen kaavana).',
  memberDuplicate: '”{name}” on jo luettelossa; anna jokaiselle jäsenelle oma nimi.',
  tooManyMembers: 'Nimeä enintään {people} jäsentä, tiimin henkilömäärä.',
  moreProblems: 'Ja {count} muuta ongelmaa; korjaa ensin nämä.',
};

/** Every language's problem sentences; `{name}` marks a value filled in. */
export const PROBLEM_TEXTS: ByLanguage<Texts> = { en, ru, fi };

/**
 * A number as `language` writes it in a sentence: 1,000,000 in English, 1 000 000 (no-break
 * spaces) and a decimal comma in Russian and Finnish, a true minus sign in Finnish and Russian
 * typography kept plain (-) so that it can be typed back. Written by hand rather than with Intl,
 * whose locale data Apps Script does not promise.
 */
export function writeNumber(value: number, language: Language): string {
  const [whole, fraction] = String(Number(Math.abs(value).toPrecision(12))).split('.');
  if (/e/.test(whole)) return String(value);
  const comma = languageFacts(language).decimalComma;
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, comma ? '\u00a0' : ',');
  return `${value < 0 ? '-' : ''}${grouped}${fraction ? (comma ? ',' : '.') + fraction : ''}`;
}

/** A fraction as a percentage in `language` (−0.99 → "-99%" in English, "-99 %" in Russian and Finnish). */
function writePercent(fraction: number, language: Language): string {
  return `${writeNumber(fraction * 100, language)}${languageFacts(language).decimalComma ? '\u00a0' : ''}%`;
}

/** The sentence of a problem in `language`. */
export function problemText(finding: Omit<Finding, 'field'>, language: Language): string {
  const values: Record<string, string> = { example: writeNumber(12.5, language) };
  for (const [name, v] of Object.entries(finding.values ?? {})) {
    if (typeof v === 'string') values[name] = v;
    else values[name] = finding.code === 'rate' ? writePercent(v, language) : writeNumber(v, language);
  }
  return fill(PROBLEM_TEXTS[knownLanguage(language)][finding.code], values);
}
