/**
 * The names other texts state, in each language: the add-on menu's items, the plan's category
 * labels (the wizard's fields and the Plan's rows), the sheets' names and the heading of the
 * Summary's Deciding section. The server's and the workbook's texts take them from here, and so
 * do the pages (the sidebar's fields and review; texts name menu items as `{buildWorkbook}`),
 * which import only this small table rather than every text of the workbook (the sidebar stays a
 * small file: test/browser/sidebar.test.ts).
 */
import type { ByLanguage } from './languages';

/** The English names: the shape every language's names have. */
const en = {
  plan: {
    category: 'Category',
    total: 'Total',
    time: 'Time, hours',
    hours: {
      newContacts: 'Meeting new contacts',
      maintaining: 'Keeping in touch',
      events: 'Hours at events',
      preparation: 'Preparation',
      followUp: 'Following up',
    },
    hoursTotal: 'Hours in total',
    timeValue: 'Value of time (hours × hourly rate)',
    money: 'Money',
    moneyItems: {
      events: 'Event tickets and fees',
      tools: 'Tools and platforms',
      education: 'Education',
      gifts: 'Gifts and invitations',
      travel: 'Travel',
    },
    resources: { staff: 'Staff', technology: 'Technology' },
    moneyTotal: 'Money in total',
    investment: 'Investment (time value + money)',
    returns: 'Returns',
    direct: { referrals: 'Referrals', partnerships: 'Partnerships', investment: 'Investment raised' },
    directTotal: 'Direct returns',
    indirect: { salary: 'Salary increase', bonuses: 'Bonuses', otherIncome: 'Other income' },
    indirectTotal: 'Indirect returns',
    intangible: { knowledge: 'Knowledge', reputation: 'Reputation', opportunities: 'Opportunities' },
    intangibleTotal: 'Intangible returns',
    deals: 'Revenue from deals (funnel)',
    dealsNote:
      'Formula: conversions × average deal value. Overwrite it with actual revenue when you know it.',
    countedReturn: 'Return counted in ROI',
    net: 'Net (return − investment)',
    cumulativeNet: 'Cumulative net',
    cumulativeRoi: 'Cumulative net ROI',
    funnel: 'Funnel',
    contacts: 'New contacts',
    conversions: 'Conversions',
    averageDeal: 'Average deal value',
    helpers: 'Calculation helpers (do not edit)',
    monthNumber: 'Month number',
    discountStart: 'Discount factor, start of month',
    discountEnd: 'Discount factor, end of month',
    balance: 'Balance after paying this month',
    lowest: 'Lowest balance this month',
    payback: 'Paid back at (months)',
    // The scenarios and the plan's own rate of return (SPEC section 8).
    inScenario: '{row}, {scenario}',
    pessimistic: 'pessimistic case',
    optimistic: 'optimistic case',
    cashFlow: "Cash flow at the month's start ({total}: the last month's return, at the plan's end)",
  },
  menu: {
    buildWorkbook: 'Build ROI workbook',
    prepareForSharing: 'Prepare for sharing',
    importContacts: 'Import contacts',
    contactNow: 'Who to contact now',
  },
  sheets: {
    plan: 'Plan',
    summary: 'Summary',
    contacts: 'Contacts',
    actual: 'Actual',
    channels: 'Channels',
    events: 'Events',
  },
  deciding: 'Deciding: scenarios, break-even, alternatives',
};

/** Each of an object's texts is any string (the English ones are literal types). */
export type Widen<T> = { [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

/** The names in one language. */
export type Names = Widen<typeof en>;

/** The menu's items, the plan's labels, the sheets' names and the Deciding heading, by language. */
export const NAMES: ByLanguage<Names> = {
  en,
  ru: {
    plan: {
      category: 'Статья',
      total: 'Итого',
      time: 'Время, часы',
      hours: {
        newContacts: 'Новые знакомства',
        maintaining: 'Поддержание связей',
        events: 'Часы на мероприятиях',
        preparation: 'Подготовка',
        followUp: 'Повторные контакты',
      },
      hoursTotal: 'Всего часов',
      timeValue: 'Стоимость времени (часы × ставка)',
      money: 'Деньги',
      moneyItems: {
        events: 'Билеты и взносы за мероприятия',
        tools: 'Сервисы и платформы',
        education: 'Обучение',
        gifts: 'Подарки и приглашения',
        travel: 'Поездки',
      },
      resources: { staff: 'Персонал', technology: 'Технологии' },
      moneyTotal: 'Всего денег',
      investment: 'Вложения (время + деньги)',
      returns: 'Отдача',
      direct: {
        referrals: 'Рекомендации',
        partnerships: 'Партнёрства',
        investment: 'Привлечённые инвестиции',
      },
      directTotal: 'Прямая отдача',
      indirect: { salary: 'Рост зарплаты', bonuses: 'Премии', otherIncome: 'Прочий доход' },
      indirectTotal: 'Косвенная отдача',
      intangible: { knowledge: 'Знания', reputation: 'Репутация', opportunities: 'Возможности' },
      intangibleTotal: 'Нематериальная отдача',
      deals: 'Выручка от сделок (воронка)',
      dealsNote:
        'Формула: конверсии × средняя сумма сделки. Замените её фактической выручкой, когда она известна.',
      countedReturn: 'Отдача, учтённая в ROI',
      net: 'Чистый результат (отдача − вложения)',
      cumulativeNet: 'Чистый результат нарастающим итогом',
      cumulativeRoi: 'Чистый ROI нарастающим итогом',
      funnel: 'Воронка',
      contacts: 'Новые контакты',
      conversions: 'Конверсии',
      averageDeal: 'Средняя сумма сделки',
      helpers: 'Вспомогательные расчёты (не изменять)',
      monthNumber: 'Номер месяца',
      discountStart: 'Коэффициент дисконтирования, начало месяца',
      discountEnd: 'Коэффициент дисконтирования, конец месяца',
      balance: 'Баланс после вложений месяца',
      lowest: 'Наименьший баланс в месяце',
      payback: 'Окупаемость достигнута (месяцев)',
      // Сценарии и собственная доходность плана (раздел 8 SPEC).
      inScenario: '{row}, {scenario}',
      pessimistic: 'пессимистичный сценарий',
      optimistic: 'оптимистичный сценарий',
      cashFlow:
        'Денежный поток в начале месяца (в столбце «{total}» — отдача последнего месяца в конце плана)',
    },
    menu: {
      buildWorkbook: 'Создать книгу ROI',
      prepareForSharing: 'Подготовить к совместному доступу',
      importContacts: 'Импорт контактов',
      contactNow: 'С кем связаться сейчас',
    },
    sheets: {
      plan: 'План',
      summary: 'Сводка',
      contacts: 'Контакты',
      actual: 'Факт',
      channels: 'Каналы',
      events: 'Мероприятия',
    },
    deciding: 'Решения: сценарии, безубыточность, альтернативы',
  },
  fi: {
    plan: {
      category: 'Kohta',
      total: 'Yhteensä',
      time: 'Aika, tunteja',
      hours: {
        newContacts: 'Uusiin ihmisiin tutustuminen',
        maintaining: 'Yhteydenpito',
        events: 'Tunnit tapahtumissa',
        preparation: 'Valmistautuminen',
        followUp: 'Jatkoyhteydenotot',
      },
      hoursTotal: 'Tunnit yhteensä',
      timeValue: 'Ajan arvo (tunnit × tuntihinta)',
      money: 'Raha',
      moneyItems: {
        events: 'Tapahtumaliput ja -maksut',
        tools: 'Työkalut ja alustat',
        education: 'Koulutus',
        gifts: 'Lahjat ja kutsut',
        travel: 'Matkat',
      },
      resources: { staff: 'Henkilöstö', technology: 'Teknologia' },
      moneyTotal: 'Raha yhteensä',
      investment: 'Panostus (ajan arvo + raha)',
      returns: 'Tuotot',
      direct: { referrals: 'Suositukset', partnerships: 'Kumppanuudet', investment: 'Hankittu rahoitus' },
      directTotal: 'Suorat tuotot',
      indirect: { salary: 'Palkankorotus', bonuses: 'Bonukset', otherIncome: 'Muut tulot' },
      indirectTotal: 'Epäsuorat tuotot',
      intangible: { knowledge: 'Tieto', reputation: 'Maine', opportunities: 'Mahdollisuudet' },
      intangibleTotal: 'Aineettomat tuotot',
      deals: 'Kauppojen tuotto (myyntisuppilo)',
      dealsNote:
        'Kaava: konversiot × kaupan keskiarvo. Korvaa se toteutuneella tuotolla, kun se on tiedossa.',
      countedReturn: 'ROI:hin laskettu tuotto',
      net: 'Nettotulos (tuotto − panostus)',
      cumulativeNet: 'Kertynyt nettotulos',
      cumulativeRoi: 'Kertynyt netto-ROI',
      funnel: 'Myyntisuppilo',
      contacts: 'Uudet kontaktit',
      conversions: 'Konversiot',
      averageDeal: 'Kaupan keskiarvo',
      helpers: 'Laskennan apurivit (älä muokkaa)',
      monthNumber: 'Kuukauden numero',
      discountStart: 'Diskonttaustekijä, kuukauden alku',
      discountEnd: 'Diskonttaustekijä, kuukauden loppu',
      balance: 'Saldo kuukauden panostuksen jälkeen',
      lowest: 'Kuukauden pienin saldo',
      payback: 'Takaisinmaksu saavutettu (kuukautta)',
      // Skenaariot ja suunnitelman oma tuottoaste (SPECin osio 8).
      inScenario: '{row}, {scenario}',
      pessimistic: 'pessimistinen skenaario',
      optimistic: 'optimistinen skenaario',
      cashFlow:
        'Kassavirta kuukauden alussa (sarakkeessa {total} viimeisen kuukauden tuotto suunnitelman lopussa)',
    },
    menu: {
      buildWorkbook: 'Luo ROI-työkirja',
      prepareForSharing: 'Valmistele jakamista varten',
      importContacts: 'Tuo kontaktit',
      contactNow: 'Kehen ottaa yhteyttä nyt',
    },
    sheets: {
      plan: 'Suunnitelma',
      summary: 'Yhteenveto',
      contacts: 'Kontaktit',
      actual: 'Toteuma',
      channels: 'Kanavat',
      events: 'Tapahtumat',
    },
    deciding: 'Päätöksenteko: skenaariot, kannattavuusraja, vaihtoehdot',
  },
};
