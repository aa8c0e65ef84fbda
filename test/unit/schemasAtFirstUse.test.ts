import { describe, expect, it } from 'vitest';
import { z } from 'zod';

// Every module of shared/ that exports schemas, loaded as the command line loads them.
const modules = import.meta.glob<Record<string, unknown>>(
  [
    '../../shared/schemas/*.ts',
    '../../shared/notices/schema.ts',
    '../../shared/notices/publications.ts',
  ],
  { eager: true },
);

describe('the schemas of shared/', () => {
  it('are built at their first use, not when their module loads (`dpo-desk due` validates nothing)', () => {
    const built: string[] = [];
    let schemas = 0;
    for (const [file, exports] of Object.entries(modules)) {
      for (const [name, value] of Object.entries(exports)) {
        if (!(value instanceof z.ZodType)) continue;
        schemas += 1;
        if (value.def.type !== 'lazy') built.push(`${file}: ${name}`);
      }
    }
    expect(schemas).toBeGreaterThan(80);
    expect(built).toEqual([]);
  });

  it('still refuse what they refused once built', () => {
    const { activityIdSchema } = modules['../../shared/schemas/activity.ts'] as {
      activityIdSchema: z.ZodType;
    };
    expect(activityIdSchema.safeParse({ id: '' }).success).toBe(false);
    expect(activityIdSchema.safeParse({ id: 'a', extra: 1 }).success).toBe(false);
    expect(activityIdSchema.parse({ id: 'a' })).toEqual({ id: 'a' });
  });
});
