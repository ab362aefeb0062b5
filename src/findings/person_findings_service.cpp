// SPDX-License-Identifier: Apache-2.0
#include "findings/person_findings_service.hpp"

#include "auth/person_use_case.hpp"
#include "core/error.hpp"

namespace lcn::findings {

PersonFindings PersonFindingsService::Explain(const auth::Principal& who, PersonId person,
                                              std::optional<std::int32_t> as_of) const {
  return auth::RunPersonUseCase(db_, clock_, who, person, "read-findings", [&](auth::PersonUse&) {
    auto found = findings_.Explain(person, as_of);
    if (!found) {
      Error error(ErrorCode::kNotFound,
                  "this person has no GP or hospital data in the register yet");
      error.WithKind("not-in-register", "Not in the register");
      throw error;
    }
    return std::move(*found);
  });
}

}  // namespace lcn::findings
