// SPDX-License-Identifier: Apache-2.0
#include "care/about_me/about_me_service.hpp"

#include <string>

#include "auth/person_use_case.hpp"

namespace lcn::care {
namespace {

using auth::PersonUse;

// The conflict for an edit of a version that is no longer the current one.
Error StaleVersion(std::int64_t edited, std::int64_t current) {
  Error error(ErrorCode::kConflict,
              "About me was changed since you opened version " + std::to_string(edited) +
                  "; it is now at version " + std::to_string(current) +
                  ". Nothing was saved: reload it and make your change again");
  error.WithKind("conflict", "Changed by someone else")
      .WithNumber("yourVersion", edited)
      .WithNumber("currentVersion", current);
  return error;
}

}  // namespace

AboutMeRead AboutMeService::Current(const auth::Principal& who, PersonId person) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-about-me", [&](PersonUse& use) {
    auto current = store::AboutMeRepository(use.tx).Current(person);
    const std::int64_t latest = current ? current->version : 0;
    return AboutMeRead{std::move(current), latest};
  });
}

AboutMeRead AboutMeService::Save(const auth::Principal& who, PersonId person,
                                 store::AboutMeVersion next) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "update-about-me", [&](PersonUse& use) {
    store::AboutMeRepository about_me(use.tx);
    const std::int64_t edited = next.version;
    const auto current = about_me.Current(person);
    const std::int64_t current_version = current ? current->version : 0;
    if (edited != current_version) {
      throw StaleVersion(edited, current_version);
    }
    store::AboutMeVersion version = next;  // this attempt's copy (the transaction may re-run)
    version.person = person;
    version.version = edited + 1;
    version.recorded_by = use.who.user_id;
    version.recorded_at = use.now;
    if (!about_me.Append(version)) {  // someone wrote the same version a moment ago
      const auto newer = about_me.Current(person);
      throw StaleVersion(edited, newer ? newer->version : edited + 1);
    }
    return AboutMeRead{about_me.Find(person, version.version), version.version};
  });
}

std::vector<store::AboutMeVersion> AboutMeService::Versions(const auth::Principal& who,
                                                            PersonId person) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-about-me", [&](PersonUse& use) {
    return store::AboutMeRepository(use.tx).Versions(person);
  });
}

AboutMeRead AboutMeService::Version(const auth::Principal& who, PersonId person,
                                    std::int64_t number) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-about-me", [&](PersonUse& use) {
    store::AboutMeRepository about_me(use.tx);
    auto version = about_me.Find(person, number);
    if (!version) {
      throw Error(ErrorCode::kNotFound, "no such version of About me");
    }
    return AboutMeRead{std::move(version), about_me.Current(person)->version};
  });
}

}  // namespace lcn::care
