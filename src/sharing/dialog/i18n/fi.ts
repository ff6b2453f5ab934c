/** Finnish texts of the "Prepare for sharing" dialog; the shape is `SharingDialogMessages` from ./en. */
import type { SharingDialogMessages } from './en';

export const fi: SharingDialogMessages = {
  intro:
    'Näissä soluissa käytetään lisäosan funktioita, jotka näkyvät virheinä kollegoille, joilla lisäosaa ei ole. Mikään ei muutu ennen kuin valitset Käytä.',
  nothingToDo:
    'Yksikään tämän laskentataulukon solu ei käytä lisäosan funktioita; sen voi jakaa sellaisenaan.',
  count: 'Lisäosan funktioita käyttäviä soluja: {count}.',
  selectAll: 'Valitse kaikki',
  selectNone: 'Poista valinnat',
  stays: 'Se ei näytä lukua, joten sitä ei voi korvata arvolla; kaava säilyy ennallaan.',
  cell: 'Solu',
  current: 'Kaava nyt',
  becomes: 'Muuttuu muotoon',
  rewriteThis: 'Muunna',
  cannotRewrite: 'Ei sisäänrakennettua vastinetta',
  errorNow: 'Näyttää nyt virheen, joten se säilyy ennallaan',
  keep: 'Säilytä kaava',
  freeze: 'Korvaa se arvollaan {value}',
  apply: 'Käytä',
  cancel: 'Peruuta',
  close: 'Sulje',
  applying: 'Muutetaan…',
  refreshing: 'Luetaan kaavoja uudelleen…',
  loading: 'Luetaan kaavoja…',
  loadFailed: 'Luetteloa ei voitu lukea:',
  reasons: {
    showsError: 'Funktio ilmoittaa: {message}',
    other: 'Tätä kutsua ei voi muuntaa.',
    unreadable: 'Kaavaa ei voitu lukea.',
    noNative:
      'Funktiolla {fn} ei ole kaikissa taulukko-ohjelmissa toimivaa vastinetta, ellei sen argumentteina ole kaavaan kirjoitettuja lukuja.',
    alwaysError: '{fn} näyttää virheen näillä argumenteilla; korjaa kaava tai korvaa se arvolla.',
    missingArgument: '{fn}: {arg} puuttuu.',
    tooManyArguments: '{fn}: argumentteja on enemmän kuin funktio ottaa.',
    hoursWithoutRate: '{fn}: tunnit on annettu ilman hourly_rate-arvoa.',
    singleValueRange: '{fn}: {arg} on annettava yhtenä arvona, ei alueena.',
    periodsUnknown:
      '{fn}: kaavasta ei näe, montako jaksoa {arg} sisältää; anna alue kuten B2:B13 nimen, koko sarakkeen tai lausekkeen sijaan.',
    periodsBlock: '{fn}: {arg} on usean rivin ja sarakkeen lohko; anna yksi rivi tai yksi sarake.',
    lengthMismatch: '{fn}: sijoituksissa ja tuotoissa on eri määrä jaksoja.',
    methodNotLiteral:
      '{fn}: kirjoita menetelmä kaavaan muodossa "compound" tai "simple" soluviittauksen sijaan.',
    statusSpacing:
      '{fn}: tilassa on sarkaimia tai toistuvia välilyöntejä, jotka sisäänrakennettu TRIM käsittelee eri tavalla.',
    volatile:
      '{fn}: argumentti käyttää RAND-funktiota, jonka sisäänrakennettu kaava laskisi useammin kuin kerran.',
    tooLong: 'Sisäänrakennettu kaava olisi pidempi kuin taulukko-ohjelmat sallivat.',
  },
  notes: {
    assumesContacts: '{arg} luetaan kontaktien määränä; jos siinä on tiloja, uusi kaava näyttää #N/A.',
  },
};
