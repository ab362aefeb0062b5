// SPDX-License-Identifier: Apache-2.0
#include "care/tasks/task_state.hpp"

#include "domain/name_table.hpp"

namespace lcn::domain {
namespace {

constexpr NameTable<TaskKind, 2> kKinds = {
    {{TaskKind::kTask, "task"}, {TaskKind::kReferral, "referral"}}};
constexpr NameTable<TaskState, 6> kStates = {{{TaskState::kRequested, "requested"},
                                              {TaskState::kAccepted, "accepted"},
                                              {TaskState::kDeclined, "declined"},
                                              {TaskState::kInProgress, "in_progress"},
                                              {TaskState::kCompleted, "completed"},
                                              {TaskState::kCancelled, "cancelled"}}};
constexpr NameTable<TaskPriority, 3> kPriorities = {{{TaskPriority::kRoutine, "routine"},
                                                     {TaskPriority::kSoon, "soon"},
                                                     {TaskPriority::kUrgent, "urgent"}}};
constexpr NameTable<ReferralService, 6> kServices = {
    {{ReferralService::kCommunityNursing, "community_nursing"},
     {ReferralService::kAdultSocialCare, "adult_social_care"},
     {ReferralService::kMentalHealth, "mental_health"},
     {ReferralService::kVoluntarySector, "voluntary_sector"},
     {ReferralService::kSocialPrescribing, "social_prescribing"},
     {ReferralService::kOther, "other"}}};
constexpr NameTable<TaskState, 5> kChangeStates = {{{TaskState::kAccepted, "accepted"},
                                                    {TaskState::kDeclined, "declined"},
                                                    {TaskState::kInProgress, "in_progress"},
                                                    {TaskState::kCompleted, "completed"},
                                                    {TaskState::kCancelled, "cancelled"}}};

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<TaskKind, 2> kKindsLabels = {
    {{TaskKind::kTask, "Task"}, {TaskKind::kReferral, "Referral"}}};
static_assert(Vocabulary<TaskKind>(kKinds, kKindsLabels).LabelsMatch());

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<TaskState, 6> kStatesLabels = {{{TaskState::kRequested, "Requested"},
                                                    {TaskState::kAccepted, "Accepted"},
                                                    {TaskState::kDeclined, "Declined"},
                                                    {TaskState::kInProgress, "In progress"},
                                                    {TaskState::kCompleted, "Completed"},
                                                    {TaskState::kCancelled, "Cancelled"}}};
static_assert(Vocabulary<TaskState>(kStates, kStatesLabels).LabelsMatch());

// The words for people (x-enumDescriptions in the wire contract).
constexpr NameTable<TaskPriority, 3> kPrioritiesLabels = {{{TaskPriority::kRoutine, "Routine"},
                                                           {TaskPriority::kSoon, "Soon"},
                                                           {TaskPriority::kUrgent, "Urgent"}}};
static_assert(Vocabulary<TaskPriority>(kPriorities, kPrioritiesLabels).LabelsMatch());

constexpr NameTable<ReferralService, 6> kServiceLabels = {
    {{ReferralService::kCommunityNursing, "Community nursing"},
     {ReferralService::kAdultSocialCare, "Adult social care"},
     {ReferralService::kMentalHealth, "Mental health"},
     {ReferralService::kVoluntarySector, "Voluntary sector"},
     {ReferralService::kSocialPrescribing, "Social prescribing"},
     {ReferralService::kOther, "Other service"}}};
static_assert(Vocabulary<ReferralService>(kServices, kServiceLabels).LabelsMatch());

}  // namespace

Vocabulary<TaskKind> TaskKinds() {
  return {kKinds, kKindsLabels};
}

Vocabulary<TaskState> TaskStates() {
  return {kStates, kStatesLabels};
}

Vocabulary<TaskState> TaskChangeStates() {
  return kChangeStates;
}

Vocabulary<TaskPriority> TaskPriorities() {
  return {kPriorities, kPrioritiesLabels};
}

Vocabulary<ReferralService> ReferralServices() {
  return {kServices, kServiceLabels};
}

std::string_view TaskKindName(TaskKind k) {
  return NameOf(kKinds, k);
}

std::optional<TaskKind> ParseTaskKind(std::string_view s) {
  return ParseName(kKinds, s);
}

std::string_view TaskStateName(TaskState s) {
  return NameOf(kStates, s);
}

std::optional<TaskState> ParseTaskState(std::string_view s) {
  return ParseName(kStates, s);
}

std::string_view TaskPriorityName(TaskPriority p) {
  return NameOf(kPriorities, p);
}

std::optional<TaskPriority> ParseTaskPriority(std::string_view s) {
  return ParseName(kPriorities, s);
}

std::string_view ReferralServiceName(ReferralService s) {
  return NameOf(kServices, s);
}

std::string_view ReferralServiceLabel(ReferralService s) {
  return ReferralServices().Label(s);
}

std::optional<ReferralService> ParseReferralService(std::string_view s) {
  return ParseName(kServices, s);
}

std::vector<TaskState> AllowedTaskChanges(TaskState from, TaskActor actor) {
  using S = TaskState;
  if (actor == TaskActor::kRequester) {
    return IsOpen(from) ? std::vector<S>{S::kCancelled} : std::vector<S>{};
  }
  switch (from) {
    case S::kRequested:
      return {S::kAccepted, S::kDeclined};
    case S::kAccepted:
      return {S::kInProgress, S::kCompleted};
    case S::kInProgress:
      return {S::kCompleted};
    case S::kDeclined:
    case S::kCompleted:
    case S::kCancelled:
      return {};
  }
  return {};
}

bool IsOpen(TaskState s) {
  return s == TaskState::kRequested || s == TaskState::kAccepted || s == TaskState::kInProgress;
}

}  // namespace lcn::domain
