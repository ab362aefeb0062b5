// SPDX-License-Identifier: Apache-2.0
//
// MdtSuggestions: who an MDT meeting might discuss, for every edge: people registered at its
// area's practices who are due a review from an earlier MDT outcome (mdt_review) or of their
// care plan (review_due) by the meeting's day, who have an open referral (referral), or who top
// the area's case-finding worklist (worklist: not yet enrolled or declined, in the worklist's
// default order, the first `limit`). People already on the case list are left out, as are
// people who had died or left their practice by the meeting's day; someone found by several
// sources is listed once with every reason.
//
// A meeting is not one person's record: the caller must take part in the meeting, and since
// suggestions name people, like worklists they need reach over every practice of the area
// (mdt_access.hpp: Error(kNotFound) or Error(kForbidden), not marked as audited, which the
// request boundary records). Each view is audited as mdt-suggestions with how many were
// listed, in one read-write transaction. Holds references only; cheap to construct per call;
// thread-safe as the database and the findings service are.
#pragma once

#include <string>
#include <vector>

#include "auth/principal.hpp"
#include "care/mdt/mdt_case_repository.hpp"
#include "care/mdt/mdt_meeting_state.hpp"
#include "core/clock.hpp"
#include "findings/findings_service.hpp"
#include "sql/database.hpp"

namespace lcn::care {

// Why someone is suggested: the source and a sentence saying what was found.
struct SuggestionReason {
  domain::MdtCaseSource source = domain::MdtCaseSource::kWorklist;
  std::string reason;
};

struct Suggestion {
  store::PersonRef person;
  std::vector<SuggestionReason> reasons;
};

struct MeetingSuggestions {
  std::string due_by;               // the meeting's day, YYYY-MM-DD
  bool worklist_available = false;  // case finding has loaded the register
  std::vector<Suggestion> items;    // in the order first found
};

class MdtSuggestions {
 public:
  MdtSuggestions(sql::Database& db, const Clock& clock, const findings::FindingsService& findings)
      : db_(db), clock_(clock), findings_(findings) {}

  // The suggestions for meeting `id`, at most `limit` from the worklist (REQUIRES: 0 <= limit).
  MeetingSuggestions For(const auth::Principal& who, MeetingId id, int limit) const;

 private:
  sql::Database& db_;
  const Clock& clock_;
  const findings::FindingsService& findings_;
};

}  // namespace lcn::care
