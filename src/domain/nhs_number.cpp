// SPDX-License-Identifier: Apache-2.0
#include "domain/nhs_number.hpp"

namespace lcn::domain {
namespace {

std::optional<int> CheckDigit(std::string_view stem) {
  int sum = 0;
  for (std::size_t i = 0; i < 9; ++i) {
    sum += (stem[i] - '0') * static_cast<int>(10 - i);
  }
  const int check = 11 - (sum % 11);
  if (check == 10) {
    return std::nullopt;
  }
  return check == 11 ? 0 : check;
}

bool AllDigits(std::string_view s) {
  for (const char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

}  // namespace

std::optional<std::string> NormaliseNhsNumber(std::string_view text) {
  std::string digits;
  for (const char c : text) {
    if (c != ' ') {
      digits.push_back(c);
    }
  }
  if (digits.size() != 10 || !AllDigits(digits)) {
    return std::nullopt;
  }
  if (digits.find_first_not_of(digits[0]) == std::string::npos) {
    return std::nullopt;
  }
  const auto check = CheckDigit(digits);
  if (!check || *check != digits[9] - '0') {
    return std::nullopt;
  }
  return digits;
}

std::optional<std::string> CompleteNhsNumber(std::string_view stem) {
  if (stem.size() != 9 || !AllDigits(stem)) {
    return std::nullopt;
  }
  const auto check = CheckDigit(stem);
  if (!check) {
    return std::nullopt;
  }
  return std::string(stem) + static_cast<char>('0' + *check);
}

}  // namespace lcn::domain
