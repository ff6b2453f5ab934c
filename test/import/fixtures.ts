/**
 * CSV files the import tests write themselves: LinkedIn-shaped exports of made-up people
 * ("Person 00017"), and the bytes of a text in Windows-1251, encoded here from a small table.
 */

/** The notes LinkedIn puts above the header of Connections.csv (wording of our own). */
export const LINKEDIN_NOTES = [
  'Notes:',
  '"When exporting your connection data, you may notice that some of the email addresses are missing, because members choose whether to share them."',
  '',
];

export const LINKEDIN_HEADER = 'First Name,Last Name,URL,Email Address,Company,Position,Connected On';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Person n of a generated export: name, profile, every third with an email, a date in 2020–2024. */
export function linkedinPerson(n: number): {
  first: string;
  last: string;
  url: string;
  email: string;
  date: string;
  iso: string;
} {
  const id = String(n).padStart(5, '0');
  const day = (n % 28) + 1;
  const month = n % 12;
  const year = 2020 + (n % 5);
  return {
    first: 'Person',
    last: id,
    url: `https://www.linkedin.com/in/person-${id}`,
    email: n % 3 === 0 ? `person${id}@example.com` : '',
    date: `${String(day).padStart(2, '0')} ${MONTHS[month]} ${year}`,
    iso: `${year}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

/** A LinkedIn-shaped Connections.csv of `count` people (CRLF line ends, as LinkedIn writes). */
export function linkedinExport(count: number): string {
  const lines = [...LINKEDIN_NOTES, LINKEDIN_HEADER];
  for (let n = 1; n <= count; n++) {
    const p = linkedinPerson(n);
    lines.push(`${p.first},${p.last},${p.url},${p.email},"Company ${n % 997}, Ltd",Engineer,${p.date}`);
  }
  return `${lines.join('\r\n')}\r\n`;
}

/** Windows-1251 bytes of a text made of ASCII and Russian letters (А–я at 0xC0–0xFF, Ё 0xA8, ё 0xB8). */
export function windows1251(text: string): Uint8Array {
  return Uint8Array.from([...text], (ch) => {
    const code = ch.charCodeAt(0);
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (ch === 'Ё') return 0xa8;
    if (ch === 'ё') return 0xb8;
    throw new Error(`no Windows-1251 byte for ${ch} in this table`);
  });
}

/** UTF-8 bytes of a text, with a byte order mark when asked. */
export function utf8(text: string, bom = false): Uint8Array {
  const bytes = new TextEncoder().encode(text);
  return bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...bytes]) : bytes;
}
