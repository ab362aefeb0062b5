// Shapes of the register API (extract imports): the server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

export type ImportRecord = Schemas['ImportRecord'];
/** The answer to an upload: the import and a sample of the codes not known. */
export type ImportResult = Schemas['ImportResult'];

export const EXTRACT_FILES = ['patients', 'events', 'medications', 'encounters'] as const;
export type ExtractFile = (typeof EXTRACT_FILES)[number];
