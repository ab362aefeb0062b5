// SPDX-License-Identifier: Apache-2.0
//
// AboutMeRepository keeps each person's About me as a list of versions, inside the caller's
// transaction: version 1, 2, 3 ... each the whole document (JSON text written by
// domain/about_me), who wrote it (the person, their carer or a professional), with whom, the
// member of staff who recorded it, when, and a change note. Versions are append-only; the
// current document is the highest version. Which content is valid is domain/about_me's
// business. Stateless.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "care/about_me/about_me.hpp"
#include "core/clock.hpp"
#include "core/ids.hpp"
#include "sql/database.hpp"

namespace lcn::store {

struct AboutMeVersion {
  PersonId person;
  std::int64_t version = 0;
  std::string content;  // JSON object (domain::AboutMeContentJson)
  domain::AboutMeAuthor written_by = domain::AboutMeAuthor::kProfessional;
  std::optional<std::string> written_with;  // e.g. "with her daughter Jane"
  std::optional<std::string> note;          // what changed, and why
  UserId recorded_by;
  Micros recorded_at = 0;
  // Read only: the recording user's display name, role and organisation, when the user exists.
  std::optional<std::string> recorded_by_name;
  std::optional<std::string> recorded_by_role;
  std::optional<std::string> recorded_by_organisation;
};

class AboutMeRepository {
 public:
  explicit AboutMeRepository(sql::Transaction& tx) : tx_(tx) {}

  // The person's current (highest) version, or std::nullopt when nothing has been written.
  [[nodiscard]] std::optional<AboutMeVersion> Current(PersonId person);

  // Version `version` of the person's About me, or std::nullopt.
  [[nodiscard]] std::optional<AboutMeVersion> Find(PersonId person, std::int64_t version);

  // Every version of the person's About me, newest first.
  std::vector<AboutMeVersion> Versions(PersonId person);

  // Appends `v` as version `v.version` of `v.person`'s About me and returns true. Returns false,
  // writing nothing, when that version already exists: someone else wrote it since the caller
  // read the current one (a concurrent writer of the same version waits for the other to end).
  // REQUIRES: v.version >= 1, one more than the current version the caller read.
  [[nodiscard]] bool Append(const AboutMeVersion& v);

 private:
  sql::Transaction& tx_;
};

}  // namespace lcn::store
