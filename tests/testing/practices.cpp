// SPDX-License-Identifier: Apache-2.0
#include "testing/practices.hpp"

#include "store/area_repository.hpp"
#include "store/organisation_repository.hpp"

namespace lcn::test {

void AddNetworkWithPractices(sql::Database& db, const Clock& clock,
                             const std::vector<std::string>& ods_codes) {
  auto tx = db.Begin(sql::TransactionMode::kReadWrite);
  domain::Area network;
  network.name = "North";
  const AreaId area = store::AreaRepository(*tx).Insert(network, clock.Now());
  for (const std::string& ods : ods_codes) {
    domain::Organisation practice;
    practice.name = "Practice " + ods;
    practice.ods_code = ods;
    practice.area_id = area;
    store::OrganisationRepository(*tx).Insert(practice, clock.Now());
  }
  tx->Commit();
}

}  // namespace lcn::test
