// The signature table and the help record beside it: one order of parameters, defaults only at the end.
import { COMPUTE, isOptional, PARAMETER_NAMES, SIGNATURES } from '../../src/functions/compute';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';

describe('the custom-function signature table and its help', () => {
  it('documents exactly the functions that compute, each with its runtime computation', () => {
    expect(CUSTOM_FUNCTIONS.map((f) => f.name)).toEqual(Object.keys(SIGNATURES));
    for (const f of CUSTOM_FUNCTIONS) expect(f.compute).toBe(COMPUTE[f.name]);
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s: the help names the parameters in the signature order',
    (name, f) => {
      expect(f.params.map((p) => p.name)).toEqual(PARAMETER_NAMES[name]);
    },
  );

  it('declares defaults only for parameters at the end, as Sheets passes arguments by position', () => {
    for (const sig of Object.values(SIGNATURES)) {
      const firstOptional = sig.params.findIndex(isOptional);
      if (firstOptional < 0) continue;
      expect(sig.params.slice(firstOptional).every(isOptional)).toBe(true);
    }
  });

  it('starts an optional parameter\'s help with "Optional." and names its default', () => {
    for (const f of CUSTOM_FUNCTIONS)
      for (const p of f.params.filter((q) => q.optional))
        expect(p.help).toMatch(/^Optional\. .*(Default|Leave it out)/);
  });

  it('names in every `needs` a parameter of the same function', () => {
    for (const sig of Object.values(SIGNATURES))
      for (const p of sig.params)
        if ('needs' in p && p.needs) expect(sig.params.map((q) => q.name)).toContain(p.needs.param);
  });
});
