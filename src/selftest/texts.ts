/**
 * The self-test's texts in English, Russian and Finnish: its menu item, the prefix of the sheets it
 * makes, the headings and words of its results sheet, and what it says when it is done. What it
 * reports (figure names, behaviour ids, formulas, Sheets' own error sentences) stays as the
 * spreadsheet and the catalogue write it, so the sheet a person sends back reads the same for us in
 * every language.
 */
import { textFacts } from '../i18n';
import { fillTable } from '../i18n/fill';
import type { ByLanguage, Language } from '../i18n/languages';

const en = {
  /** The add-on menu's item, shown only where the self-test is switched on (src/server/menu.ts). */
  menu: 'Run self-test',
  /** Every sheet the self-test makes starts with this, then a space. */
  prefix: 'Self-test',
  /** The results sheet: the prefix, a space, then this. */
  results: 'results',
  columns: {
    section: 'Part',
    check: 'Check',
    result: 'Result',
    expected: 'Expected',
    actual: 'Found',
    detail: 'Detail',
  },
  sections: {
    environment: 'Spreadsheet',
    behaviours: 'Sheets behaviour',
    build: 'Build',
    figures: 'Summary figure',
    import: 'Import',
    functions: 'Custom function',
    sharing: 'Prepare for sharing',
    cleanup: 'Clean-up',
  },
  verdicts: {
    ok: 'ok',
    failed: 'FAILED',
    held: 'held',
    notHeld: 'NOT HELD',
    notProbed: 'not probed',
  },
  checks: {
    locale: 'Spreadsheet locale',
    timeZone: 'Time zone',
    language: 'Language of the add-on',
    started: 'Started',
    seconds: 'Seconds taken',
    built: 'Workbook built (every option, {months} months)',
    namedRanges: 'Named ranges made',
    separators: 'Formula separators',
    shown: 'Sheet shown after the build',
    added: 'Rows added',
    duplicates: 'Duplicates skipped',
    problems: 'Lines reported',
    listed: 'Calls listed',
    removedSheets: 'Sheets removed',
    removedNames: 'Named ranges removed',
    sheetsAsBefore: 'Your sheets as before',
    namesAsBefore: 'Your named ranges as before',
    error: 'Stopped by an error',
  },
  details: {
    noError: 'no error',
    otherWords: 'refused, in other words than the catalogue’s',
    frozen: 'replaced by its value',
    kept: 'kept as it is',
    typingRules: 'the add-on has no typing rules for the locale {locale} (it has them for {locales})',
    decimalPoint: 'the locale {locale} writes decimal points; this concerns decimal-comma locales',
    noProbe: 'no probe is written for this behaviour yet',
    lastSheet: 'that the last sheet cannot be deleted is not probed: the self-test never deletes your sheets',
  },
  done: {
    title: '{addon}: self-test',
    message:
      '{failed} of {total} checks failed or did not hold. The results are on the sheet “{sheet}”: with that sheet open choose File → Download → Comma-separated values (.csv) and send the file back. Everything else the self-test made is removed.',
  },
  noSpreadsheet:
    'Run the self-test from the add-on’s menu in a spreadsheet: it works in the spreadsheet it is opened in.',
};

/** The shape of the self-test's texts: Russian and Finnish provide every key. */
export type SelfTestTexts = typeof en;

const ru: SelfTestTexts = {
  menu: 'Запустить самопроверку',
  prefix: 'Самопроверка',
  results: 'итоги',
  columns: {
    section: 'Часть',
    check: 'Проверка',
    result: 'Итог',
    expected: 'Ожидалось',
    actual: 'Получено',
    detail: 'Подробности',
  },
  sections: {
    environment: 'Таблица',
    behaviours: 'Поведение Таблиц',
    build: 'Построение',
    figures: 'Показатель сводки',
    import: 'Импорт',
    functions: 'Функция дополнения',
    sharing: 'Подготовка к совместному доступу',
    cleanup: 'Уборка',
  },
  verdicts: {
    ok: 'верно',
    failed: 'ОШИБКА',
    held: 'выполняется',
    notHeld: 'НЕ ВЫПОЛНЯЕТСЯ',
    notProbed: 'не проверено',
  },
  checks: {
    locale: 'Региональные настройки таблицы',
    timeZone: 'Часовой пояс',
    language: 'Язык дополнения',
    started: 'Начало',
    seconds: 'Заняло секунд',
    built: 'Книга построена (все параметры, месяцев: {months})',
    namedRanges: 'Создано именованных диапазонов',
    separators: 'Разделители в формулах',
    shown: 'Лист, открытый после построения',
    added: 'Добавлено строк',
    duplicates: 'Пропущено повторов',
    problems: 'Строк с замечаниями',
    listed: 'Найдено вызовов',
    removedSheets: 'Удалено листов',
    removedNames: 'Удалено именованных диапазонов',
    sheetsAsBefore: 'Ваши листы не изменились',
    namesAsBefore: 'Ваши именованные диапазоны не изменились',
    error: 'Остановлено ошибкой',
  },
  details: {
    noError: 'ошибки нет',
    otherWords: 'отказ, но другими словами, чем в каталоге',
    frozen: 'заменено значением',
    kept: 'оставлено как есть',
    typingRules: 'у дополнения нет правил ввода для региональных настроек {locale} (они есть для {locales})',
    decimalPoint:
      'в региональных настройках {locale} дробная часть отделяется точкой; проверка касается настроек с десятичной запятой',
    noProbe: 'для этого поведения проверка ещё не написана',
    lastSheet: 'запрет удалять последний лист не проверяется: самопроверка никогда не удаляет ваши листы',
  },
  done: {
    title: '{addon}: самопроверка',
    message:
      'Не прошли или не выполняются проверок: {failed} из {total}. Итоги — на листе «{sheet}»: откройте этот лист, выберите «Файл → Скачать → Формат CSV (текущий лист)» и пришлите нам файл. Всё остальное, что создала самопроверка, удалено.',
  },
  noSpreadsheet:
    'Запускайте самопроверку из меню дополнения в таблице: она работает в той таблице, где её открыли.',
};

const fi: SelfTestTexts = {
  menu: 'Suorita itsetesti',
  prefix: 'Itsetesti',
  results: 'tulokset',
  columns: {
    section: 'Osa',
    check: 'Tarkistus',
    result: 'Tulos',
    expected: 'Odotettu',
    actual: 'Löydetty',
    detail: 'Lisätiedot',
  },
  sections: {
    environment: 'Laskentataulukko',
    behaviours: 'Taulukoiden toiminta',
    build: 'Rakentaminen',
    figures: 'Yhteenvedon luku',
    import: 'Tuonti',
    functions: 'Lisäosan funktio',
    sharing: 'Jakamisen valmistelu',
    cleanup: 'Siivous',
  },
  verdicts: {
    ok: 'kunnossa',
    failed: 'VIRHE',
    held: 'pätee',
    notHeld: 'EI PÄDE',
    notProbed: 'ei tarkistettu',
  },
  checks: {
    locale: 'Taulukon alueasetus',
    timeZone: 'Aikavyöhyke',
    language: 'Lisäosan kieli',
    started: 'Aloitettu',
    seconds: 'Kesto sekunteina',
    built: 'Työkirja rakennettu (kaikki valinnat, {months} kuukautta)',
    namedRanges: 'Nimettyjä alueita luotu',
    separators: 'Kaavojen erottimet',
    shown: 'Rakentamisen jälkeen näkyvä taulukko',
    added: 'Rivejä lisätty',
    duplicates: 'Kaksoiskappaleita ohitettu',
    problems: 'Huomautettuja rivejä',
    listed: 'Kutsuja löydetty',
    removedSheets: 'Taulukoita poistettu',
    removedNames: 'Nimettyjä alueita poistettu',
    sheetsAsBefore: 'Omat taulukkosi ennallaan',
    namesAsBefore: 'Omat nimetyt alueesi ennallaan',
    error: 'Virhe keskeytti',
  },
  details: {
    noError: 'ei virhettä',
    otherWords: 'torjuttu, mutta eri sanoin kuin luettelossa',
    frozen: 'korvattu arvollaan',
    kept: 'jätetty ennalleen',
    typingRules: 'lisäosalla ei ole syöttösääntöjä alueasetukselle {locale} (vain asetuksille {locales})',
    decimalPoint:
      'alueasetus {locale} käyttää desimaalipistettä; tarkistus koskee desimaalipilkkua käyttäviä asetuksia',
    noProbe: 'tälle toiminnalle ei ole vielä kirjoitettu tarkistusta',
    lastSheet:
      'viimeisen taulukon poistokieltoa ei tarkisteta: itsetesti ei koskaan poista omia taulukoitasi',
  },
  done: {
    title: '{addon}: itsetesti',
    message:
      '{failed}/{total} tarkistusta epäonnistui tai ei päde. Tulokset ovat taulukossa ”{sheet}”: avaa se, valitse Tiedosto → Lataa → Pilkuin erotetut arvot (.csv) ja lähetä tiedosto meille. Kaikki muu, minkä itsetesti teki, on poistettu.',
  },
  noSpreadsheet:
    'Suorita itsetesti lisäosan valikosta laskentataulukossa: se toimii siinä taulukossa, jossa se avataan.',
};

/** The self-test's texts as written, `{addon}` still a placeholder. */
const SELF_TEST_WRITTEN: ByLanguage<SelfTestTexts> = { en, ru, fi };

// Filled on first use: the bundle loads on every custom-function call, which needs no text.
const filled: Partial<ByLanguage<SelfTestTexts>> = {};

/** The self-test's texts in `language`, the facts they name (the add-on's name) filled in. */
export function selfTestTexts(language: Language): SelfTestTexts {
  filled[language] ??= fillTable(SELF_TEST_WRITTEN[language], textFacts(language));
  return filled[language];
}
