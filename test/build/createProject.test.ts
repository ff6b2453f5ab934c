// `npm run create-project`'s handling of .clasp.json, with clasp replaced by a recording stand-in.
import {
  createProject,
  PLACEHOLDER_SCRIPT_ID,
  type ProjectIO,
  recordedScriptId,
} from '../../scripts/claspProject';

/** A project folder in memory; `claspCreate` answers what clasp writes into its temporary folder. */
function folder(projectFile: string | null, created = '{"scriptId":"1abcNEW","rootDir":"."}') {
  const state = { projectFile, titles: [] as string[] };
  const io: ProjectIO = {
    readProjectFile: () => state.projectFile,
    writeProjectFile: (text) => {
      state.projectFile = text;
    },
    claspCreate: async (title) => {
      state.titles.push(title);
      return created;
    },
  };
  return { state, io };
}

const committed = `{\n  "scriptId": "${PLACEHOLDER_SCRIPT_ID}",\n  "rootDir": "dist"\n}\n`;

describe('create-project', () => {
  it('replaces the placeholder with the new standalone script id and keeps rootDir dist', async () => {
    const { state, io } = folder(committed);
    await expect(createProject('Networking ROI', io, { replace: false })).resolves.toBe('1abcNEW');
    expect(state.titles).toEqual(['Networking ROI']);
    expect(JSON.parse(state.projectFile!)).toEqual({ scriptId: '1abcNEW', rootDir: 'dist' });
  });

  it('keeps rootDir dist even though clasp wrote "." in its temporary folder', async () => {
    const { state, io } = folder(null);
    await createProject('Networking ROI', io, { replace: false });
    expect(JSON.parse(state.projectFile!).rootDir).toBe('dist');
  });

  it('keeps other settings of .clasp.json', async () => {
    const { state, io } = folder('{"scriptId":"","rootDir":"dist","projectId":"my-cloud-project"}');
    await createProject('Networking ROI', io, { replace: false });
    expect(JSON.parse(state.projectFile!)).toEqual({
      scriptId: '1abcNEW',
      rootDir: 'dist',
      projectId: 'my-cloud-project',
    });
  });

  it('refuses to replace a real script id unless --replace is given, and calls no clasp', async () => {
    const { state, io } = folder('{"scriptId":"1abcOLD","rootDir":"dist"}');
    await expect(createProject('Networking ROI', io, { replace: false })).rejects.toThrow(
      '.clasp.json already names the project 1abcOLD; run with --replace to create another and point .clasp.json at it',
    );
    expect(state.titles).toEqual([]);
    await createProject('Networking ROI', io, { replace: true });
    expect(recordedScriptId(state.projectFile)).toBe('1abcNEW');
  });

  it('leaves .clasp.json alone when clasp wrote no script id', async () => {
    const { state, io } = folder(committed, '{"rootDir":"."}');
    await expect(createProject('Networking ROI', io, { replace: false })).rejects.toThrow(
      'clasp create wrote no scriptId; see its output above',
    );
    expect(state.projectFile).toBe(committed);
  });

  it('says what to fix when .clasp.json is not JSON', async () => {
    const { io } = folder('{ scriptId: ');
    await expect(createProject('Networking ROI', io, { replace: false })).rejects.toThrow(
      '.clasp.json is not JSON; fix or delete it, then run this again',
    );
  });

  it('refuses an empty title', async () => {
    const { io } = folder(committed);
    await expect(createProject('  ', io, { replace: false })).rejects.toThrow('Give the project a title');
  });
});
