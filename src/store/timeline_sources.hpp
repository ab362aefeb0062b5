// SPDX-License-Identifier: Apache-2.0
//
// The sources of a person's timeline: for each, the SELECT that yields its entries as the
// columns type, at, event, ref_id, label, detail, by_name, in_error for the person named by the
// parameter ${person}. Adding a kind of entry to the timeline is one row here.
#pragma once

#include <span>
#include <string_view>

namespace lcn::store {

struct TimelineSource {
  std::string_view type;
  std::string_view select;
};

std::span<const TimelineSource> TimelineSources();

}  // namespace lcn::store
