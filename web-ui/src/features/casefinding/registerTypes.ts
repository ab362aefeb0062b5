// Shapes of the register API (extract imports).

export interface ImportRecord {
  id: number;
  source: string;
  importedBy: number | null;
  startedAt: string;
  finishedAt: string;
  patientsNew: number;
  patientsUpdated: number;
  patientsUnchanged: number;
  patientsLeft: number;
  events: number;
  medications: number;
  encounters: number;
  unknownCodeRows: number;
  /** Only on the answer to an upload. */
  unknownCodeSample?: string[];
}

export const EXTRACT_FILES = ['patients', 'events', 'medications', 'encounters'] as const;
export type ExtractFile = (typeof EXTRACT_FILES)[number];
