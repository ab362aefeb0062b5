// SPDX-License-Identifier: Apache-2.0
//
// Counts without identities (analysts): registered people per practice.
#include "api/json_mapping.hpp"
#include "api/problem.hpp"
#include "people/people_handlers.hpp"
#include "store/organisation_repository.hpp"
#include "store/person_repository.hpp"
#include "store/run_in_transaction.hpp"

namespace lcn::api::handlers {

using nlohmann::json;
using sql::TransactionMode;

Response CountPeopleByPractice(const Request&, const Call& call) {
  return store::RunInTransaction(call.services.db, TransactionMode::kReadOnly, [&](auto& tx) {
    store::OrganisationRepository orgs(tx);
    json items = json::array();
    for (const auto& c : store::PersonRepository(tx).CountByPractice()) {
      const auto practice = orgs.FindById(c.practice_id);
      items.push_back({{"practiceId", c.practice_id.Value()},
                       {"odsCode", practice ? OrNull(practice->ods_code) : json(nullptr)},
                       {"name", practice ? json(practice->name) : json(nullptr)},
                       {"people", c.people}});
    }
    return Json(200, {{"items", items}});
  });
}

}  // namespace lcn::api::handlers
