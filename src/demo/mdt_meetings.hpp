// SPDX-License-Identifier: Apache-2.0
//
// The demo's MDT meetings: one upcoming meeting for each network that has a demo care
// coordinator in one of its teams (the network or a neighbourhood of it), chaired by them a week
// from the load day at 13:00 UTC, with the network's other demo staff whose role may take part
// invited. Case lists are left for the chair to build from the suggestions.
#pragma once

#include "core/clock.hpp"
#include "sql/database.hpp"

namespace lcn::demo {

// Schedules the meetings in `tx`; returns how many. Throws as the store does.
int ScheduleDemoMdtMeetings(sql::Transaction& tx, Micros now);

}  // namespace lcn::demo
