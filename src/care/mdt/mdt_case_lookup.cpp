// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_case_lookup.hpp"

#include "core/error.hpp"

namespace lcn::care {

store::MdtCase FindCase(sql::Transaction& tx, MeetingId meeting, MdtCaseId id) {
  auto c = store::MdtCaseRepository(tx).Find(id);
  if (!c || c->meeting != meeting) {
    throw Error(ErrorCode::kNotFound, "the meeting has no such case");
  }
  return std::move(*c);
}

std::vector<store::Task> TasksOf(sql::Transaction& tx, MdtCaseId id) {
  store::TaskRepository tasks(tx);
  std::vector<store::Task> out;
  for (const std::int64_t t : store::MdtCaseRepository(tx).Tasks(id)) {
    if (auto task = tasks.Find(t)) {
      out.push_back(std::move(*task));
    }
  }
  return out;
}

}  // namespace lcn::care
