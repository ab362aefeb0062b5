// SPDX-License-Identifier: Apache-2.0
//
// The wire contract of About me: the JSON Schemas of its request and response bodies, beside the
// JSON mapping (about_me.cpp, about_me_handlers.cpp). The API tests check every exchange.
#pragma once

#include "api/schema.hpp"

namespace lcn::api {

// PUT /people/{id}/about-me.
schema::Schema AboutMeSaveSchema();

// One version with its content (version 0, empty, before the first).
schema::Schema AboutMeDocumentSchema();

// Every version's attribution, newest first.
schema::Schema AboutMeVersionListSchema();

// The fixed vocabularies with labels.
schema::Schema AboutMeVocabularySchema();

}  // namespace lcn::api
