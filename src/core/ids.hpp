// SPDX-License-Identifier: Apache-2.0
//
// Strong identifier types: a PersonId can never be passed where a UserId is expected.
#pragma once

#include <compare>
#include <cstdint>
#include <functional>

namespace lcn {

template <typename Tag>
class StrongId {
 public:
  constexpr StrongId() = default;

  constexpr explicit StrongId(std::int64_t value) : value_(value) {}

  constexpr std::int64_t Value() const { return value_; }

  auto operator<=>(const StrongId&) const = default;

 private:
  std::int64_t value_ = 0;
};

using PersonId = StrongId<struct PersonTag>;
using UserId = StrongId<struct UserTag>;
using OrganisationId = StrongId<struct OrganisationTag>;
using AreaId = StrongId<struct AreaTag>;
using TeamId = StrongId<struct TeamTag>;

}  // namespace lcn

template <typename Tag>
struct std::hash<lcn::StrongId<Tag>> {
  std::size_t operator()(const lcn::StrongId<Tag>& id) const noexcept {
    return std::hash<std::int64_t>()(id.Value());
  }
};
