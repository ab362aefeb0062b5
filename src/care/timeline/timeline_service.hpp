// SPDX-License-Identifier: Apache-2.0
//
// Timeline: reading a person's timeline (everything that happened in their care, newest first,
// filterable by type and period) for every edge. Runs through auth::RunPersonUseCase as
// read-timeline: the person must exist (kNotFound), the caller needs a legitimate relationship
// (kForbidden, audited and committed), and the read's access row commits with it. The entries
// come from every registered source (app/capabilities.cpp). Holds references only; cheap to
// construct per call; thread-safe as the database is.
#pragma once

#include <span>
#include <string_view>
#include <vector>

#include "auth/principal.hpp"
#include "care/timeline/timeline_repository.hpp"
#include "care/timeline/timeline_source.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

class Timeline {
 public:
  // REQUIRES: `sources` outlives the service.
  Timeline(sql::Database& db, const Clock& clock, std::span<const store::TimelineSource> sources)
      : db_(db), clock_(clock), sources_(sources) {}

  // The entry types of the registered sources, with their words, in the order a filter lists
  // them.
  std::vector<store::TimelineType> Types() const { return store::TimelineTypes(sources_); }

  // The person's entries matching `query`. REQUIRES: `query.types` are among Types().
  store::TimelinePage Read(const auth::Principal& who, PersonId person,
                           const store::TimelineQuery& query) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
  std::span<const store::TimelineSource> sources_;
};

}  // namespace lcn::care
