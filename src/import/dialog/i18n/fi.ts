/** Finnish texts of the import dialog's page; the shape is `ImportDialogMessages` from ./en. */
import type { ImportDialogMessages } from './en';

export const fi: ImportDialogMessages = {
  intro:
    'Valitse LinkedInin kontaktiluettelo (Connections.csv) tai mikä tahansa CSV-tiedosto, jonka ensimmäinen rivi nimeää sarakkeet: Nimi (tai Etunimi ja Sukunimi) ja jokin sarakkeista Yritys, Sähköposti, Tapattu, Kanava, Vaihe, Kaupan arvo, Muistiinpanot. Mitään ei kirjoiteta ennen kuin valitset Tuo.',
  chooseFile: 'CSV-tiedosto',
  loading: 'Luetaan kontaktilokia…',
  loadFailed: 'Kontaktilokia ei voitu lukea:',
  reading: 'Luetaan tiedostoa…',
  noSheet:
    'Tässä laskentataulukossa ei ole kontaktilokia (Kontaktit-nimistä taulukkoa tai nimettyä aluetta LogName). Tehdäänkö sellainen ohjatun toiminnon tapaan ja tuodaan kontaktit siihen?',
  makeSheet: 'Tee Kontaktit-taulukko',
  making: 'Tehdään Kontaktit-taulukkoa…',
  target: 'Kontaktit lisätään taulukon "{sheet}" viimeisen täytetyn rivin alle.',
  encoding: 'Luettu merkistöllä {encoding}; {source}.',
  sourceLinkedin: 'LinkedIn-vienti: kanavaksi tulee LinkedIn ja tapaamispäiväksi Connected On',
  sourceCsv: 'CSV-tiedosto',
  ignoredColumns: 'Sarakkeita ei tuoda: {columns}.',
  toAdd: 'Lisättäviä rivejä: {n}',
  duplicates: 'Ohitettuja kaksoiskappaleita: {n}',
  unreadable: 'Rivejä, joita ei voi lukea sellaisenaan: {n}',
  line: 'Rivi {line}: {message}',
  moreProblems: '… ja {n} muuta.',
  import: 'Tuo',
  cancel: 'Peruuta',
  close: 'Sulje',
  progress: 'Tuodaan: erä {batch}/{batches}, lisätty tähän mennessä {added} riviä…',
  stopping: 'Pysähdytään tämän erän jälkeen…',
  done: 'Valmis: {added} riviä lisätty, {duplicates} kaksoiskappaletta ohitettu, {problems} riviä huomautettu.',
  stopped:
    'Pysäytetty: ennen peruutusta lisätty {added} riviä, {duplicates} kaksoiskappaletta ohitettu; loppua tiedostosta ei tuotu.',
  failed: 'Tuonti pysähtyi: {message} Sitä ennen lisätty {added} riviä.',
  nothingToAdd: 'Ei lisättävää: jokainen rivi on jo lokissa tai sitä ei voi lukea.',
};
