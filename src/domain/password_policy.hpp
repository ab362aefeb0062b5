// SPDX-License-Identifier: Apache-2.0
//
// The password policy for local accounts (NCSC guidance: length over complexity rules).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace lcn::domain {

constexpr std::size_t kMinPasswordLength = 12;
constexpr std::size_t kMaxPasswordLength = 128;

// Returns why `password` is refused for `username`, or std::nullopt when acceptable:
// 12 to 128 characters, not containing the username, at least 5 distinct characters,
// and not one of a short list of commonly used passwords.
[[nodiscard]] std::optional<std::string> CheckPassword(std::string_view password,
                                                       std::string_view username);

}  // namespace lcn::domain
