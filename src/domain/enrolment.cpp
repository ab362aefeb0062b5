// SPDX-License-Identifier: Apache-2.0
#include "domain/enrolment.hpp"

#include <array>
#include <utility>

namespace lcn::domain {
namespace {

using S = EnrolmentState;

template <typename E, std::size_t N>
std::optional<E> Parse(const std::array<std::pair<E, std::string_view>, N>& names,
                       std::string_view name) {
  for (const auto& [value, text] : names) {
    if (text == name) {
      return value;
    }
  }
  return std::nullopt;
}

template <typename E, std::size_t N>
std::string_view Name(const std::array<std::pair<E, std::string_view>, N>& names, E value) {
  for (const auto& [v, text] : names) {
    if (v == value) {
      return text;
    }
  }
  return "";
}

constexpr std::array<std::pair<S, std::string_view>, 5> kStates = {{{S::kIdentified, "identified"},
                                                                   {S::kInvited, "invited"},
                                                                   {S::kEnrolled, "enrolled"},
                                                                   {S::kDeclined, "declined"},
                                                                   {S::kClosed, "closed"}}};

constexpr std::array<std::pair<AgreementMethod, std::string_view>, 3> kMethods = {
    {{AgreementMethod::kVerbal, "verbal"},
     {AgreementMethod::kWritten, "written"},
     {AgreementMethod::kByCarer, "by_carer"}}};

constexpr std::array<std::pair<ClosureReason, std::string_view>, 4> kClosures = {
    {{ClosureReason::kMoved, "moved"},
     {ClosureReason::kDied, "died"},
     {ClosureReason::kNoLongerNeeded, "no_longer_needed"},
     {ClosureReason::kOther, "other"}}};

}  // namespace

std::string_view EnrolmentStateName(EnrolmentState state) { return Name(kStates, state); }

std::optional<EnrolmentState> ParseEnrolmentState(std::string_view name) {
  return Parse(kStates, name);
}

std::vector<EnrolmentState> AllowedEnrolmentChanges(std::optional<EnrolmentState> from) {
  if (!from) {
    return {S::kIdentified, S::kInvited};
  }
  switch (*from) {
    case S::kIdentified:
      return {S::kInvited, S::kDeclined, S::kClosed};
    case S::kInvited:
      return {S::kEnrolled, S::kDeclined, S::kClosed};
    case S::kEnrolled:
      return {S::kClosed};
    case S::kDeclined:
      return {S::kIdentified, S::kInvited, S::kClosed};
    case S::kClosed:
      return {S::kIdentified, S::kInvited};
  }
  return {};
}

std::string_view AgreementMethodName(AgreementMethod method) { return Name(kMethods, method); }

std::optional<AgreementMethod> ParseAgreementMethod(std::string_view name) {
  return Parse(kMethods, name);
}

std::string_view ClosureReasonName(ClosureReason reason) { return Name(kClosures, reason); }

std::optional<ClosureReason> ParseClosureReason(std::string_view name) {
  return Parse(kClosures, name);
}

}  // namespace lcn::domain
