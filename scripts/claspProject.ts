// Creating the add-on's Apps Script project: what `npm run create-project` does with .clasp.json,
// written against injected file and clasp operations so a test can run it without a network.

/** The script id the committed .clasp.json carries until a real project is created. */
export const PLACEHOLDER_SCRIPT_ID = 'REPLACE_WITH_YOUR_SCRIPT_ID';

/** Where clasp pushes from: the build output, never the sources. */
export const ROOT_DIR = 'dist';

/** What creating a project needs from the outside world. */
export interface ProjectIO {
  /** The text of the project's .clasp.json, or null when there is none. */
  readProjectFile(): string | null;
  writeProjectFile(text: string): void;
  /**
   * Runs `clasp create --type standalone --title <title>` somewhere no .clasp.json can stop it
   * (clasp refuses to create beside an existing one) and answers the text of the .clasp.json
   * clasp wrote there.
   */
  claspCreate(title: string): Promise<string>;
}

function parse(text: string, what: string): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new Error(`${what} is not JSON; fix or delete it, then run this again`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`${what} does not hold a JSON object; fix or delete it, then run this again`);
  return value as Record<string, unknown>;
}

/** The real script id a .clasp.json names, or null for none (missing, empty or the placeholder). */
export function recordedScriptId(projectFile: string | null): string | null {
  if (projectFile === null) return null;
  const id = parse(projectFile, '.clasp.json').scriptId;
  return typeof id === 'string' && id.trim() !== '' && id !== PLACEHOLDER_SCRIPT_ID ? id : null;
}

/** .clasp.json with `scriptId` set and `rootDir` kept at dist; any other settings stay as they were. */
export function withScriptId(projectFile: string | null, scriptId: string): string {
  const settings = projectFile === null ? {} : parse(projectFile, '.clasp.json');
  return `${JSON.stringify({ ...settings, scriptId, rootDir: ROOT_DIR }, null, 2)}\n`;
}

/**
 * Creates a standalone Apps Script project (editor add-ons need one, not a script bound to a
 * spreadsheet) and records its id in .clasp.json. Refuses to replace a real id unless asked, so a
 * second run never orphans the project the first one made.
 */
export async function createProject(
  title: string,
  io: ProjectIO,
  options: { replace: boolean },
): Promise<string> {
  if (title.trim() === '') throw new Error('Give the project a title: --title "Networking ROI"');
  const current = io.readProjectFile();
  const existing = recordedScriptId(current);
  if (existing !== null && !options.replace) {
    throw new Error(
      `.clasp.json already names the project ${existing}; run with --replace to create another and point .clasp.json at it`,
    );
  }
  const created = parse(await io.claspCreate(title), 'the .clasp.json that clasp create wrote').scriptId;
  if (typeof created !== 'string' || created === '')
    throw new Error('clasp create wrote no scriptId; see its output above');
  io.writeProjectFile(withScriptId(current, created));
  return created;
}
