// SPDX-License-Identifier: Apache-2.0
//
// One source of entries on a person's timeline. Each capability that has something to show on
// the timeline gives one (a header <thing>_timeline.hpp in its own folder) and app/capabilities.cpp
// registers it; the timeline reads every registered source. `select` yields the columns type,
// at, event, ref_id, label, detail, by_name, in_error, in that order, for the person named by the
// parameter ${person}; text columns are cast so that PostgreSQL and SQLite agree on their types.
// `types` are the entry types it yields, in the order a filter lists them, each with the words
// for people: what one entry is ("Referral") and the filter's name for all of them
// ("Referrals"), so that every client shows the server's words (ADR 0019).
#pragma once

#include <span>
#include <string_view>

namespace lcn::store {

struct TimelineType {
  std::string_view code;    // the entry's `type` on the wire
  std::string_view label;   // one entry: "MDT meeting"
  std::string_view plural;  // a filter choice: "MDT meetings"
};

struct TimelineSource {
  std::span<const TimelineType> types;
  std::string_view select;
};

}  // namespace lcn::store
