import { z } from 'zod';

const invalid = { error: 'validation.invalid' } as const;

export const registerExportKinds = ['xlsx', 'pdf'] as const;
export type RegisterExportKind = (typeof registerExportKinds)[number];

/** `2026-T4`: the quarter an export belongs to. */
export const quarterSchema = z.lazy(() =>
  z.string(invalid).regex(/^\d{4}-T[1-4]$/, { error: 'validation.quarter' }),
);

export const exportRequestSchema = z.lazy(() =>
  z
    .object({
      kind: z.enum(registerExportKinds, invalid),
      quarter: quarterSchema.optional(),
      /** The requests log names the requesters only when the DPO ticks it. */
      includeRequesterNames: z.boolean(invalid).default(false),
    })
    .strict(),
);
export type ExportRequest = z.output<typeof exportRequestSchema>;

export const exportIdSchema = z.lazy(() =>
  z.object({ id: z.string(invalid).min(1).max(64) }).strict(),
);
export const compareExportsSchema = z.lazy(() =>
  z
    .object({
      fromId: z.string(invalid).min(1).max(64),
      toId: z.string(invalid).min(1).max(64),
    })
    .strict(),
);

/** The evidence of one export. */
export interface RegisterExport {
  id: string;
  madeAt: string;
  actor: string;
  kind: RegisterExportKind;
  quarter: string;
  fileName: string;
  sha256: string;
  size: number;
  /** How many activities, processors, requests... it held. */
  counts: Record<string, number>;
}

/** What the register held at an export, to compare two exports. */
export interface RegisterSnapshot {
  activities: { id: string; reference: string; name: string; fingerprint: string }[];
}

export interface ExportComparison {
  from: RegisterExport;
  to: RegisterExport;
  added: { reference: string; name: string }[];
  removed: { reference: string; name: string }[];
  modified: { reference: string; name: string; previousName: string }[];
  unchanged: number;
}

/** A long export in the background: progress, then a file ready to save. */
export interface ExportJob {
  id: string;
  kind: RegisterExportKind;
  done: number;
  total: number;
  finished: boolean;
  ready: boolean;
  error: string | null;
  fileName: string;
}
