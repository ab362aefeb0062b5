// SPDX-License-Identifier: Apache-2.0
#include "domain/password_policy.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

namespace lcn::domain {
namespace {

constexpr std::array<std::string_view, 12> kCommon = {
    "password1234", "123456789012", "qwertyuiop12", "password123!",
    "letmein12345", "welcome12345", "iloveyou1234", "administrator",
    "passw0rd1234", "changeme1234", "nhspassword1", "1q2w3e4r5t6y"};

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

std::optional<std::string> CheckPassword(std::string_view password, std::string_view username) {
  if (password.size() < kMinPasswordLength) {
    return "must be at least 12 characters";
  }
  if (password.size() > kMaxPasswordLength) {
    return "must be at most 128 characters";
  }
  const std::string lower = Lower(password);
  if (!username.empty() && lower.find(Lower(username)) != std::string::npos) {
    return "must not contain the username";
  }
  if (std::set<char>(password.begin(), password.end()).size() < 5) {
    return "must contain at least 5 different characters";
  }
  if (std::find(kCommon.begin(), kCommon.end(), lower) != kCommon.end()) {
    return "is too common";
  }
  return std::nullopt;
}

}  // namespace lcn::domain
