// About me (docs/care-coordination.md, "About me"): what the person wants
// everyone who supports them to know, every version kept and attributed. The
// shapes are the server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

export type AboutMeAuthor = Schemas['AboutMeAuthor'];
export type CommunicationNeeds = Schemas['CommunicationNeeds'];
export type AboutMeContact = Schemas['AboutMeContact'];
export type AboutMeContent = Schemas['AboutMeContent'];
export type RecordedBy = Schemas['AboutMeRecordedBy'];
/** One version's attribution: who wrote it, with whom, who recorded it and when. */
export type AboutMeAttribution = Schemas['AboutMeAttribution'];
/** A version with its content; version 0 (empty content) before anything is written. */
export type AboutMe = Schemas['AboutMe'];
export type AboutMeUpdate = Schemas['AboutMeSave'];
export type AboutMeVocabulary = Schemas['AboutMeVocabulary'];
export type VocabularyItem = AboutMeVocabulary['mayView'][number];
export type CommunicationNeedItem = Schemas['InformationNeed'];
