/** Finnish texts of the server side; the shape is `Messages` from ./en. */
import type { Messages } from './en';

export const fi: Messages = {
  menu: {
    buildWorkbook: 'Luo ROI-työkirja',
    enableFunctions: 'Ota funktiot käyttöön tässä laskentataulukossa',
    prepareForSharing: 'Valmistele jakamista varten',
    help: 'Ohje',
    functionsEnabledTitle: 'Networking ROI',
    functionsEnabled:
      'NETROI, DISCOUNTED_ROI, CONVERSION_RATE, ANNUALIZED_ROI, REAL_ROI ja PAYBACK_PERIOD toimivat nyt tässä laskentataulukossa.',
    sidebarTitle: 'Networking ROI',
    helpTitle: 'Networking ROI: ohje',
    helpText:
      'Luo ROI-työkirja avaa ohjatun toiminnon, joka tekee verkostoitumisen kuluista ja tuotoista Suunnitelma- ja Yhteenveto-taulukot. Työkirja käyttää vain Sheetsin omia kaavoja, joten kollegat näkevät samat luvut ilman lisäosaa. Kirjoita =NETROI(tuotot; kulut) tai muita funktioita mihin tahansa soluun; ennen kuin jaat taulukon, jossa niitä on, valitse Valmistele jakamista varten, niin ne muutetaan Sheetsin omiksi kaavoiksi.',
  },
  build: {
    busy: 'Tässä laskentataulukossa rakennetaan jo ROI-työkirjaa. Odota, että se valmistuu, ja rakenna sitten uudelleen.',
    invalidAnswers: 'Korjaa nämä vastaukset:',
    noSpreadsheet: 'Avaa ensin laskentataulukko: ROI-työkirja rakennetaan avoinna olevaan taulukkoon.',
  },
};
