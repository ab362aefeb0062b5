// About me (docs/care-coordination.md, "About me"): what the person wants
// everyone who supports them to know, every version kept and attributed.

export type AboutMeAuthor = 'professional' | 'person' | 'carer';

export interface CommunicationNeeds {
  /** Codes from the vocabulary's communicationNeeds. */
  formats: string[];
  interpreterNeeded: boolean;
  language: string;
  otherNeeds: string;
}

export interface AboutMeContact {
  name: string;
  relationship: string;
  isCarer: boolean;
  isNextOfKin: boolean;
  phone: string | null;
  /** A code from the vocabulary's mayView. */
  mayView: string;
  notes: string | null;
}

export interface AboutMeContent {
  whatMattersToMe: string;
  myStory: string;
  peopleWhoSupportMe: string;
  communicationNeeds: CommunicationNeeds;
  contacts: AboutMeContact[];
}

export interface RecordedBy {
  id: number;
  displayName?: string;
  role?: string;
  organisation?: string;
}

/** One version's attribution: who wrote it, with whom, who recorded it and when. */
export interface AboutMeAttribution {
  version: number;
  writtenBy: AboutMeAuthor | null;
  writtenWith: string | null;
  note: string | null;
  recordedBy: RecordedBy | null;
  recordedAt: string | null;
}

/** A version with its content; version 0 (empty content) before anything is written. */
export interface AboutMe extends AboutMeAttribution {
  personId: number;
  latestVersion: number;
  content: AboutMeContent;
}

export interface AboutMeUpdate {
  version: number;
  writtenBy: AboutMeAuthor;
  writtenWith?: string;
  note?: string;
  content: AboutMeContent;
}

export interface VocabularyItem {
  code: string;
  label: string;
}

export interface CommunicationNeedItem extends VocabularyItem {
  /** contact_method, information_format or communication_support. */
  kind: string;
}

export interface AboutMeVocabulary {
  writtenBy: string[];
  mayView: VocabularyItem[];
  communicationNeeds: CommunicationNeedItem[];
}
