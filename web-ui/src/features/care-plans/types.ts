// The personalised care and support plan (docs/care-coordination.md,
// "Personalised care and support plan"): needs, goals in the person's own
// words, actions with owners, a crisis plan, the agreement and the review
// date. The shapes are the server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

export type CarePlanNeed = Schemas['CarePlanNeed'];
export type CarePlanGoal = Schemas['CarePlanGoal'];
export type CarePlanAction = Schemas['CarePlanAction'];
/** An action's owner as the server writes it, or as the editor sends it (no name). */
export type ActionOwner = Schemas['CarePlanActionOwner'] | Schemas['CarePlanActionOwnerInput'];
export type Contingency = Schemas['CarePlanContingency'];
export type Agreement = Schemas['CarePlanAgreement'];
export type CarePlanContent = Schemas['CarePlanContent'];
/** What the editor sends: ids and owners' names may be left to the server. */
export type CarePlanContentInput = Schemas['CarePlanContentInput'];
/** One version of the plan; version 0 (status null, empty plan) when there is none yet. */
export type CarePlan = Schemas['CarePlanVersion'];
export type CarePlanVersionSummary = Schemas['CarePlanVersionSummary'];
export type CarePlanVersions = Schemas['CarePlanVersionList'];
export type FieldChange = Schemas['CarePlanFieldChange'];
export type SectionChanges<T> = { added: T[]; removed: T[]; changed: Schemas['CarePlanNeedChanges']['changed'] };
export type CarePlanDiff = Schemas['CarePlanDiff'];
/** The codes a plan may hold with their words, in the server's order, and its limits. */
export type CarePlanVocabulary = Schemas['CarePlanVocabulary'];
/** One code of the vocabulary with its words ("in_progress", "In progress"). */
export type CarePlanTerm = Schemas['CarePlanTerm'];
export type CarePlanLimits = CarePlanVocabulary['limits'];

export type NeedDomain = CarePlanNeed['domain'];
export type OwnerKind = ActionOwner['kind'];
export type ActionStatus = CarePlanAction['status'];
export type AgreedWith = Agreement['agreedWith'];
export type AgreedHow = NonNullable<Agreement['how']>;
export type CarePlanStatus = NonNullable<CarePlan['status']>;
