// Shapes of the enrolment API's JSON: the server's (core/api/schemas.ts).

import type { Schemas } from '../../core/api/schemas';

export type Enrolment = Schemas['Enrolment'];
/** One change in a person's enrolment history, oldest first. */
export type EnrolmentChange = Schemas['EnrolmentChange'];
/** What PUT /people/{id}/enrolment takes. */
export type EnrolmentUpdate = Schemas['EnrolmentUpdate'];

export type EnrolmentState = EnrolmentUpdate['state'];
export type AgreementMethod = NonNullable<EnrolmentUpdate['agreement']>;
export type ClosureReason = Schemas['ClosureReason'];
