// SPDX-License-Identifier: Apache-2.0
#include "care/timeline/timeline_service.hpp"

#include "auth/person_use_case.hpp"

namespace lcn::care {

store::TimelinePage Timeline::Read(const auth::Principal& who, PersonId person,
                                   const store::TimelineQuery& query) const {
  return auth::RunPersonUseCase(
      db_, clock_, who, person, "read-timeline", [&](auth::PersonUse& use) {
        return store::TimelineRepository(use.tx, sources_).ForPerson(person, query);
      });
}

}  // namespace lcn::care
