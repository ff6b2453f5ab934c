/** Russian texts of the server side; the shape is `Messages` from ./en. */
import type { Messages } from './en';

export const ru: Messages = {
  menu: {
    buildWorkbook: 'Создать книгу ROI',
    enableFunctions: 'Включить функции в этой таблице',
    prepareForSharing: 'Подготовить к совместному доступу',
    help: 'Справка',
    functionsEnabledTitle: 'Networking ROI',
    functionsEnabled:
      'Функции NETROI, DISCOUNTED_ROI, CONVERSION_RATE, ANNUALIZED_ROI, REAL_ROI и PAYBACK_PERIOD теперь работают в этой таблице.',
    sidebarTitle: 'Networking ROI',
    helpTitle: 'Networking ROI: справка',
    helpText:
      '«Создать книгу ROI» открывает мастер, который строит лист «План» и «Сводку» затрат и отдачи от нетворкинга. Книга использует только встроенные формулы Таблиц, поэтому коллеги без дополнения видят те же числа. Вводите =NETROI(отдача; затраты) и другие функции в любую ячейку; перед тем как открыть доступ к листу с ними, выполните «Подготовить к совместному доступу», чтобы заменить их встроенными формулами.',
  },
  build: {
    busy: 'В этой таблице уже строится книга ROI. Дождитесь окончания и запустите построение снова.',
    invalidAnswers: 'Исправьте ответы:',
    noSpreadsheet: 'Сначала откройте таблицу: книга ROI строится в открытой таблице.',
  },
};
