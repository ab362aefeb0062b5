// SPDX-License-Identifier: Apache-2.0
#include "care/mdt/mdt_meeting_state.hpp"

#include "domain/name_table.hpp"

namespace lcn::domain {
namespace {

using S = MeetingState;

constexpr NameTable<S, 4> kStates = {{{S::kScheduled, "scheduled"},
                                      {S::kHeld, "held"},
                                      {S::kClosed, "closed"},
                                      {S::kCancelled, "cancelled"}}};
constexpr NameTable<MdtCaseSource, 5> kSources = {{{MdtCaseSource::kWorklist, "worklist"},
                                                   {MdtCaseSource::kReferral, "referral"},
                                                   {MdtCaseSource::kReviewDue, "review_due"},
                                                   {MdtCaseSource::kMdtReview, "mdt_review"},
                                                   {MdtCaseSource::kAddedByHand, "added_by_hand"}}};
constexpr NameTable<MdtDecision, 6> kDecisions = {
    {{MdtDecision::kContinuePlan, "continue_plan"},
     {MdtDecision::kUpdatePlan, "update_plan"},
     {MdtDecision::kRefer, "refer"},
     {MdtDecision::kEscalate, "escalate"},
     {MdtDecision::kDischargeFromMdt, "discharge_from_mdt"},
     {MdtDecision::kNoChange, "no_change"}}};

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<MeetingState, 4> kStatesLabels = {{{MeetingState::kScheduled, "Scheduled"},
                                                       {MeetingState::kHeld, "Held"},
                                                       {MeetingState::kClosed, "Closed"},
                                                       {MeetingState::kCancelled, "Cancelled"}}};
static_assert(Vocabulary<MeetingState>(kStates, kStatesLabels).LabelsMatch());

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<MdtCaseSource, 5> kSourcesLabels = {
    {{MdtCaseSource::kWorklist, "Worklist"},
     {MdtCaseSource::kReferral, "Open referral"},
     {MdtCaseSource::kReviewDue, "Care plan review due"},
     {MdtCaseSource::kMdtReview, "MDT review due"},
     {MdtCaseSource::kAddedByHand, "Added by hand"}}};
static_assert(Vocabulary<MdtCaseSource>(kSources, kSourcesLabels).LabelsMatch());

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<MdtDecision, 6> kDecisionsLabels = {
    {{MdtDecision::kContinuePlan, "Continue the plan"},
     {MdtDecision::kUpdatePlan, "Update the plan"},
     {MdtDecision::kRefer, "Refer"},
     {MdtDecision::kEscalate, "Escalate"},
     {MdtDecision::kDischargeFromMdt, "Discharge from the MDT"},
     {MdtDecision::kNoChange, "No change"}}};
static_assert(Vocabulary<MdtDecision>(kDecisions, kDecisionsLabels).LabelsMatch());

}  // namespace

std::string_view MeetingStateName(MeetingState s) {
  return NameOf(kStates, s);
}

std::optional<MeetingState> ParseMeetingState(std::string_view s) {
  return ParseName(kStates, s);
}

std::string_view MdtCaseSourceName(MdtCaseSource s) {
  return NameOf(kSources, s);
}

std::optional<MdtCaseSource> ParseMdtCaseSource(std::string_view s) {
  return ParseName(kSources, s);
}

std::string_view MdtDecisionName(MdtDecision d) {
  return NameOf(kDecisions, d);
}

std::optional<MdtDecision> ParseMdtDecision(std::string_view s) {
  return ParseName(kDecisions, s);
}

Vocabulary<MeetingState> MeetingStates() {
  return {kStates, kStatesLabels};
}

Vocabulary<MdtCaseSource> MdtCaseSources() {
  return {kSources, kSourcesLabels};
}

Vocabulary<MdtDecision> MdtDecisions() {
  return {kDecisions, kDecisionsLabels};
}

std::vector<MdtDecision> AllMdtDecisions() {
  std::vector<MdtDecision> out;
  for (const auto& [value, name] : kDecisions) {
    out.push_back(value);
  }
  return out;
}

std::vector<MeetingState> AllowedMeetingChanges(MeetingState from) {
  switch (from) {
    case S::kScheduled:
      return {S::kHeld, S::kCancelled};
    case S::kHeld:
      return {S::kClosed};
    case S::kClosed:
    case S::kCancelled:
      return {};
  }
  return {};
}

bool CasesCanBeAdded(MeetingState s) {
  return s == S::kScheduled || s == S::kHeld;
}

bool CasesCanBeRemoved(MeetingState s) {
  return s == S::kScheduled;
}

bool OutcomesCanBeRecorded(MeetingState s) {
  return s == S::kHeld;
}

bool DetailsCanChange(MeetingState s) {
  return s == S::kScheduled;
}

Error MeetingStateForbids(MeetingState from, const std::string& message) {
  std::vector<std::string> allowed;
  for (const auto s : AllowedMeetingChanges(from)) {
    allowed.emplace_back(MeetingStateName(s));
  }
  Error error(ErrorCode::kConflict, message);
  error.WithKind("illegal-change", "This change is not allowed")
      .WithText("from", std::string(MeetingStateName(from)))
      .WithTexts("allowed", std::move(allowed));
  return error;
}

Error IllegalMeetingChange(MeetingState from, const std::string& what) {
  return MeetingStateForbids(from, "a " + std::string(MeetingStateName(from)) + " meeting " + what);
}

}  // namespace lcn::domain
