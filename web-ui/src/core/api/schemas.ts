// The server's JSON shapes, generated at build time (npm run gen:api) from
// web-ui/openapi.json: the server's own OpenAPI document, written by
// `lcn openapi` and checked by the server's tests to be current
// (docs/api.md). Features name their types from here; none is written by
// hand.

import type { components } from './generated/schema';

export type Schemas = components['schemas'];
