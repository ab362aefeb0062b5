// SPDX-License-Identifier: Apache-2.0
//
// About me (docs/care-coordination.md): the one document per person that everyone in their care
// team reads, told once. Reading the current version (version 0 and empty content before
// anything is written), writing the next one (optimistic: `version` is the one you edited, and a
// stale one is 409 with nothing written), the list of versions and any one version, and the
// fixed vocabularies. Every access to a person's About me needs a legitimate relationship and
// is audited in the same transaction. Plain functions; no state.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// GET /api/v1/about-me/vocabulary: writtenBy, mayView and communication needs, with labels.
Response GetAboutMeVocabulary(const Request& req, const Call& call);

// GET /api/v1/people/{id}/about-me
Response GetAboutMe(const Request& req, const Call& call);

// PUT /api/v1/people/{id}/about-me {content, writtenBy, writtenWith?, note?, version}
Response PutAboutMe(const Request& req, const Call& call);

// GET /api/v1/people/{id}/about-me/versions
Response ListAboutMeVersions(const Request& req, const Call& call);

// GET /api/v1/people/{id}/about-me/versions/{version}
Response GetAboutMeVersion(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
