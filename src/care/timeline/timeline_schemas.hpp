// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of a person's timeline and the care team's notes: the JSON Schemas of their
// request and response bodies, beside the JSON mapping in timeline_handlers.cpp (the API tests
// check every exchange against them).
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// GET /people/{id}/timeline: one page of entries, newest first.
schema::Schema TimelinePageSchema();

// GET /people/{id}/notes.
schema::Schema NoteListSchema();

// One note.
schema::Schema NoteSchema();

// POST /people/{id}/notes: {kind?, text}.
schema::Schema NoteAddSchema();

// POST /people/{id}/notes/{noteId}/entered-in-error: {reason}.
schema::Schema NoteInErrorSchema();

}  // namespace lcn::api
