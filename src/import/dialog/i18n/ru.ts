/** Russian texts of the import dialog's page; the shape is `ImportDialogMessages` from ./en. */
import type { ImportDialogMessages } from './en';

export const ru: ImportDialogMessages = {
  intro:
    'Выберите выгрузку контактов LinkedIn (Connections.csv) или любой CSV-файл, в первой строке которого названы столбцы: Имя (или Имя и Фамилия) и хотя бы один из столбцов Компания, Email, Дата знакомства, Канал, Этап, Сумма сделки, Заметки. Ничего не записывается, пока вы не нажмёте «Импортировать».',
  chooseFile: 'CSV-файл',
  loading: 'Читаю журнал контактов…',
  loadFailed: 'Не удалось прочитать журнал контактов:',
  reading: 'Читаю файл…',
  noSheet:
    'В этой таблице нет журнала контактов (листа «Контакты» или именованного диапазона LogName). Создать его так, как его создаёт мастер, и импортировать в него?',
  makeSheet: 'Создать лист контактов',
  making: 'Создаю лист контактов…',
  target: 'Контакты добавляются под последней заполненной строкой листа «{sheet}».',
  encoding: 'Прочитан как {encoding}; {source}.',
  sourceLinkedin: 'выгрузка LinkedIn: канал — LinkedIn, дата знакомства — Connected On',
  sourceCsv: 'CSV-файл',
  ignoredColumns: 'Не импортируются столбцы: {columns}.',
  toAdd: 'Будет добавлено строк: {n}',
  duplicates: 'Пропущено повторов: {n}',
  unreadable: 'Строк, которые нельзя прочитать как есть: {n}',
  line: 'Строка {line}: {message}',
  moreProblems: '… и ещё {n}.',
  import: 'Импортировать',
  cancel: 'Отмена',
  close: 'Закрыть',
  progress: 'Импорт: пакет {batch} из {batches}, добавлено строк: {added}…',
  stopping: 'Останавливаюсь после этого пакета…',
  done: 'Готово: добавлено строк: {added}, пропущено повторов: {duplicates}, замечаний: {problems}.',
  stopped:
    'Остановлено: до отмены добавлено строк: {added}, пропущено повторов: {duplicates}; остаток файла не импортирован.',
  failed: 'Импорт остановлен: {message} До этого добавлено строк: {added}.',
  nothingToAdd: 'Добавлять нечего: все строки уже есть в журнале или не читаются.',
};
