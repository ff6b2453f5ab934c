/** Finnish texts of the contacts import; the shape is `ImportMessages` from ./en. */
import type { ImportMessages } from './en';

export const fi: ImportMessages = {
  problems: {
    empty: 'Tiedosto on tyhjä.',
    noHeader:
      'Otsikkoriviä ei löytynyt: tiedoston ensimmäisen rivin (mahdollisten huomautusten jälkeen) on nimettävä sarakkeet, Nimi tai Etunimi ja Sukunimi sekä ainakin yksi sarakkeista Yritys, Sähköposti, Tapattu, Kanava, Tavattu tapahtumassa, Esittelijä, Vaihe, Kaupan arvo, Muistiinpanot.',
    quotes: 'Lainausmerkeissä oleva kenttä jää auki: riviä ei tuoda; lisää puuttuva " ja tuo uudelleen.',
    noName: 'Nimi puuttuu: täytä {column}, muuten riviä ei tuoda.',
    badDate:
      '"{value}" sarakkeessa {column} ei ole päivämäärä, jonka tuonti lukee; kirjoita se muodossa 2024-03-15, 15.03.2024 tai 15 Mar 2024. Päivämäärä jätetään tyhjäksi.',
    slashDate:
      '"{value}" sarakkeessa {column} voi olla kuukausi/päivä tai päivä/kuukausi; kirjoita se muodossa 2024-03-15. Päivämäärä jätetään tyhjäksi.',
    badAmount:
      '"{value}" sarakkeessa {column} ei ole vähintään 0:n summa; kirjoita se kuten 1500 tai 1500,50. Summa jätetään tyhjäksi.',
    badStage: '"{value}" sarakkeessa {column} ei ole mikään vaiheista ({stages}); vaihe jätetään tyhjäksi.',
    outOfBounds:
      '"{value}" sarakkeessa {column} on lokin sallimien rajojen ulkopuolella ({min}–{max}); summa jätetään tyhjäksi.',
    tooLong:
      'Sarakkeen {column} teksti on pidempi kuin Google Sheetsin solu voi sisältää (merkkejä {length}, enintään {max}): riviä ei tuoda; lyhennä tekstiä ja tuo uudelleen.',
    extraCells:
      'Rivillä on {cells} solua, mutta otsikossa on {columns} saraketta: pilkun tai puolipisteen sisältävä arvo on luultavasti ilman lainausmerkkejä. Riviä ei tuoda; korjaa rivi ja tuo uudelleen.',
  },
  errors: {
    noSheet: 'Laskentataulukossa ei ole kontaktilokia; tee se tästä ikkunasta ja tuo uudelleen.',
    badBatch: 'Rivierää ei voi lukea: otsikon ja rivien on oltava tekstiluetteloita.',
    tooMany: 'Erässä on {n} riviä; lähetä enintään {max} kerrallaan.',
    badHeader:
      'Otsikko ei nimeä tuonnin tarvitsemia sarakkeita: Nimi (tai Etunimi ja Sukunimi) ja ainakin yksi sarakkeista Yritys, Sähköposti, Tapattu, Kanava, Tavattu tapahtumassa, Esittelijä, Vaihe, Kaupan arvo, Muistiinpanot.',
    wrongSource: 'Erä sanoo olevansa {said}-tiedosto, mutta sen otsikko on {found}-tiedoston.',
    otherLayout:
      'Taulukossa ”{sheet}” ei ole kontaktilokin sarakkeita ({columns}), joten mitään ei tuotu. Nimeä taulukko uudelleen ja tee uusi loki tästä ikkunasta tai rakenna työkirja uudelleen.',
  },
  headers: {
    name: ['Nimi', 'Koko nimi', 'Kontakti'],
    firstName: ['Etunimi'],
    lastName: ['Sukunimi'],
    company: ['Yritys', 'Organisaatio', 'Työnantaja'],
    contact: ['Sähköposti', 'Sähköpostiosoite', 'Email', 'Sähköposti tai profiili'],
    url: ['Profiili', 'Linkki', 'Profiilin osoite'],
    connectedOn: ['Yhdistetty'],
    dateMet: ['Tapattu', 'Tapaamispäivä', 'Päivämäärä'],
    channel: ['Kanava', 'Lähde', 'Missä tavattu'],
    metAt: ['Tavattu tapahtumassa', 'Tapahtuma', 'Tapahtumassa'],
    introducedBy: ['Esittelijä', 'Esitellyt', 'Suosittelija', 'Kuka esitteli'],
    stage: ['Vaihe', 'Tila'],
    dealValue: ['Kaupan arvo', 'Kauppa', 'Arvo', 'Summa', 'Tulot'],
    notes: ['Muistiinpanot', 'Muistiinpano', 'Kommentti', 'Huomautus'],
  },
  stages: {
    new: ['Uusi'],
    inTouch: ['Yhteydessä'],
    met: ['Tavattu'],
    proposal: ['Tarjous'],
    client: ['Asiakas'],
    partner: ['Kumppani'],
    lost: ['Menetetty'],
  },
};
