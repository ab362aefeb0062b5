// SPDX-License-Identifier: Apache-2.0
#include "domain/task_state.hpp"

#include <array>
#include <utility>

namespace lcn::domain {
namespace {

template <typename E, std::size_t N>
using Names = std::array<std::pair<E, std::string_view>, N>;

template <typename E, std::size_t N>
std::optional<E> Parse(const Names<E, N>& names, std::string_view s) {
  for (const auto& [v, n] : names) {
    if (n == s) {
      return v;
    }
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view Name(const Names<E, N>& names, E v) {
  for (const auto& [value, n] : names) {
    if (value == v) {
      return n;
    }
  }
  return "";
}

constexpr Names<TaskKind, 2> kKinds = {{{TaskKind::kTask, "task"},
                                        {TaskKind::kReferral, "referral"}}};
constexpr Names<TaskState, 6> kStates = {{{TaskState::kRequested, "requested"},
                                          {TaskState::kAccepted, "accepted"},
                                          {TaskState::kDeclined, "declined"},
                                          {TaskState::kInProgress, "in_progress"},
                                          {TaskState::kCompleted, "completed"},
                                          {TaskState::kCancelled, "cancelled"}}};
constexpr Names<TaskPriority, 3> kPriorities = {{{TaskPriority::kRoutine, "routine"},
                                                 {TaskPriority::kSoon, "soon"},
                                                 {TaskPriority::kUrgent, "urgent"}}};
constexpr Names<ReferralService, 6> kServices = {
    {{ReferralService::kCommunityNursing, "community_nursing"},
     {ReferralService::kAdultSocialCare, "adult_social_care"},
     {ReferralService::kMentalHealth, "mental_health"},
     {ReferralService::kVoluntarySector, "voluntary_sector"},
     {ReferralService::kSocialPrescribing, "social_prescribing"},
     {ReferralService::kOther, "other"}}};

}  // namespace

std::string_view TaskKindName(TaskKind k) { return Name(kKinds, k); }
std::optional<TaskKind> ParseTaskKind(std::string_view s) { return Parse(kKinds, s); }
std::string_view TaskStateName(TaskState s) { return Name(kStates, s); }
std::optional<TaskState> ParseTaskState(std::string_view s) { return Parse(kStates, s); }
std::string_view TaskPriorityName(TaskPriority p) { return Name(kPriorities, p); }
std::optional<TaskPriority> ParseTaskPriority(std::string_view s) { return Parse(kPriorities, s); }
std::string_view ReferralServiceName(ReferralService s) { return Name(kServices, s); }
std::optional<ReferralService> ParseReferralService(std::string_view s) {
  return Parse(kServices, s);
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
