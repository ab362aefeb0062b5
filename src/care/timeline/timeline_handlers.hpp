// SPDX-License-Identifier: Apache-2.0
//
// A person's timeline (everything that happened in their care, newest first, filterable) and
// the notes the care team writes about them.
#pragma once

#include <span>

#include "api/router.hpp"
#include "care/timeline/timeline_source.hpp"

namespace lcn::api::handlers {

// The timeline reads every registered source (app/capabilities.cpp).
Response GetTimeline(const Request& req, const Call& call,
                     std::span<const store::TimelineSource> sources);
Response ListNotes(const Request& req, const Call& call);
Response AddNote(const Request& req, const Call& call);
Response MarkNoteInError(const Request& req, const Call& call);

}  // namespace lcn::api::handlers
