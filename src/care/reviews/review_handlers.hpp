// SPDX-License-Identifier: Apache-2.0
//
// The handlers of continual review and of an MDT meeting's suggested cases
// (docs/care-coordination.md). Plain functions; no state.
#pragma once

#include "api/router.hpp"

namespace lcn::api::handlers {

// mdt_review_handlers.cpp and mdt_suggestion_handlers.cpp
Response GetMdtSuggestions(const Request& req, const Call& call);
Response ListReviews(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
