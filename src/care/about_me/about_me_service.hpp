// SPDX-License-Identifier: Apache-2.0
//
// AboutMeService: the use cases of a person's About me, the story they tell once
// (docs/care-coordination.md), for every edge. Each runs through auth::RunPersonUseCase: the
// person must exist (kNotFound), the caller needs a legitimate relationship (kForbidden,
// audited), and the access row commits with the data, or alone when the use case fails. Holds
// references only; cheap to construct per call.
#pragma once

#include <cstdint>
#include <optional>
#include <vector>

#include "auth/principal.hpp"
#include "care/about_me/about_me_repository.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// One version as read (none: nothing written yet) and the current version's number.
struct AboutMeRead {
  std::optional<store::AboutMeVersion> version;
  std::int64_t latest = 0;
};

class AboutMeService {
 public:
  AboutMeService(sql::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // The current version (audited as read-about-me).
  AboutMeRead Current(const auth::Principal& who, PersonId person) const;

  // Appends `next` as the version after `next.version`, the version the caller edited (0 when
  // nothing was written yet), recorded by `who` now (audited as update-about-me). Returns the
  // new version. Throws Error(kConflict, facts yourVersion and currentVersion) when the edited
  // version is no longer the current one; nothing is then written.
  // REQUIRES: `next` was read and checked (domain::ReadAboutMeContent) without issues.
  AboutMeRead Save(const auth::Principal& who, PersonId person, store::AboutMeVersion next) const;

  // Every version's attribution, newest first (audited as read-about-me).
  std::vector<store::AboutMeVersion> Versions(const auth::Principal& who, PersonId person) const;

  // One version. Throws Error(kNotFound) when there is no such version.
  AboutMeRead Version(const auth::Principal& who, PersonId person, std::int64_t number) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
};

}  // namespace lcn::care
