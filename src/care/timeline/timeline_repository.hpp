// SPDX-License-Identifier: Apache-2.0
//
// TimelineRepository gathers everything that happened in a person's care, newest first: their
// assessments, About me and plan versions, tasks and referrals and each change to them,
// enrolment changes, care-team joins and leaves, MDT outcomes and notes. Each kind of entry has
// one source, a query of its own capability's table registered in app/capabilities.cpp
// (timeline_source.hpp); this file filters, merges and pages them. Stateless; reads inside the
// caller's transaction.
#pragma once

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "care/timeline/timeline_source.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

// One thing that happened. `type` says which source (see TimelineTypes()), `event` what
// happened to it ("recorded", "accepted", "joined", ...), `ref_id` the id of the record within
// its type. `label` names it (a questionnaire id, a task's title, a member's name) and `detail`
// adds what was said (a band, a note, a reason).
struct TimelineEntry {
  Micros at = 0;
  std::string type;
  std::string event;
  std::int64_t ref_id = 0;
  std::string label;
  std::optional<std::string> detail;
  std::optional<std::string> by;
  bool in_error = false;  // marked as entered in error (kept, struck through)
};

struct TimelineQuery {
  std::vector<std::string> types;  // empty: every type
  std::optional<Micros> from;      // at or after
  std::optional<Micros> before;    // strictly before
  int offset = 0;
  int limit = 50;
};

struct TimelinePage {
  std::vector<TimelineEntry> entries;
  bool has_more = false;
};

// The entry types of `sources`, with their words, in the order a filter lists them.
std::vector<TimelineType> TimelineTypes(std::span<const TimelineSource> sources);

class TimelineRepository {
 public:
  // REQUIRES: `sources` outlives the repository.
  TimelineRepository(sql::Transaction& tx, std::span<const TimelineSource> sources)
      : tx_(tx), sources_(sources) {}

  // The person's entries of the chosen types and period, newest first (ties: by type, then
  // newest record first), from `offset`, at most `limit`.
  TimelinePage ForPerson(PersonId person, const TimelineQuery& query);

 private:
  sql::Transaction& tx_;
  std::span<const TimelineSource> sources_;
};

}  // namespace lcn::store
