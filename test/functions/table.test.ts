// The metadata table and the runtime computations name the same functions and parameters.
import { COMPUTE, PARAMETER_NAMES } from '../../src/functions/compute';
import { CUSTOM_FUNCTIONS } from '../../src/functions/table';

describe('the custom-function metadata table', () => {
  it('describes exactly the functions that compute', () => {
    expect(CUSTOM_FUNCTIONS.map((f) => f.name).sort()).toEqual(Object.keys(COMPUTE).sort());
  });

  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f] as const))(
    '%s: parameters match the runtime names',
    (name, f) => {
      expect(f.params.map((p) => p.name)).toEqual(PARAMETER_NAMES[name as keyof typeof PARAMETER_NAMES]);
      expect(f.compute).toBe(COMPUTE[name as keyof typeof COMPUTE]);
    },
  );

  it('marks optional parameters only at the end, each saying "Optional." and its default', () => {
    for (const f of CUSTOM_FUNCTIONS) {
      const firstOptional = f.params.findIndex((p) => p.optional);
      if (firstOptional < 0) continue;
      expect(f.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
      for (const p of f.params.slice(firstOptional))
        expect(p.help).toMatch(/^Optional\. .*(Default|Leave it out)/);
    }
  });
});
