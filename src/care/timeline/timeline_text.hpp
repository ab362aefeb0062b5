// SPDX-License-Identifier: Apache-2.0
//
// The one-line title of a timeline entry in plain English ("PHQ-9 recorded",
// "Referral accepted: Wound care"), so every client shows the same words.
#pragma once

#include <string>

#include "care/timeline/timeline_repository.hpp"

namespace lcn::api::handlers {

std::string TimelineTitle(const store::TimelineEntry& e);

}  // namespace lcn::api::handlers
