// SPDX-License-Identifier: Apache-2.0
//
// MDT meetings: their ids and those of their cases, the one table of allowed state changes
// (scheduled > held > closed; a scheduled meeting may be cancelled), what each state permits
// (building the case list, recording outcomes and minutes), and the vocabularies of case sources
// and outcome decisions. Pure; thread-safe.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.hpp"
#include "core/ids.hpp"
#include "core/vocabulary.hpp"

namespace lcn {

// An MDT meeting, and one person's case on a meeting's list (strong ids: core/ids.hpp).
using MeetingId = StrongId<struct MeetingTag>;
using MdtCaseId = StrongId<struct MdtCaseTag>;

}  // namespace lcn

namespace lcn::domain {

enum class MeetingState { kScheduled, kHeld, kClosed, kCancelled };

// Where a person on a case list came from.
enum class MdtCaseSource { kWorklist, kReferral, kReviewDue, kMdtReview, kAddedByHand };

// What the meeting decided for one person.
enum class MdtDecision {
  kContinuePlan,
  kUpdatePlan,
  kRefer,
  kEscalate,
  kDischargeFromMdt,
  kNoChange,
};

std::string_view MeetingStateName(MeetingState s);
[[nodiscard]] std::optional<MeetingState> ParseMeetingState(std::string_view s);
std::string_view MdtCaseSourceName(MdtCaseSource s);
[[nodiscard]] std::optional<MdtCaseSource> ParseMdtCaseSource(std::string_view s);
std::string_view MdtDecisionName(MdtDecision d);
[[nodiscard]] std::optional<MdtDecision> ParseMdtDecision(std::string_view s);

// The name tables as vocabularies (for "must be one of" messages and the wire contract).
Vocabulary<MeetingState> MeetingStates();
Vocabulary<MdtCaseSource> MdtCaseSources();
Vocabulary<MdtDecision> MdtDecisions();

// Every decision, in display order (for 400 messages and the web app's choices).
std::vector<MdtDecision> AllMdtDecisions();

// The states a meeting in `from` may move to: scheduled > held or cancelled; held > closed;
// closed and cancelled are final.
std::vector<MeetingState> AllowedMeetingChanges(MeetingState from);

// People may be added to the case list before and during the meeting (scheduled, held).
bool CasesCanBeAdded(MeetingState s);

// A case may be taken off the list only before the meeting is held.
bool CasesCanBeRemoved(MeetingState s);

// Outcomes, actions, minutes and attendance are recorded once the meeting is held and until it
// is closed.
bool OutcomesCanBeRecorded(MeetingState s);

// The meeting's time, place, chair and attendee list change only while it is scheduled.
bool DetailsCanChange(MeetingState s);

// The refusal of something a meeting in state `from` does not allow: Error(kConflict, kind
// "illegal-change") with the message "a <from> meeting <what>" and the facts from and allowed
// (the state changes open to it).
Error IllegalMeetingChange(MeetingState from, const std::string& what);

// As IllegalMeetingChange, with `message` as the whole message.
Error MeetingStateForbids(MeetingState from, const std::string& message);

}  // namespace lcn::domain
