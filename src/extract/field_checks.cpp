// SPDX-License-Identifier: Apache-2.0
//
// Field syntax checks.
#include "extract/field_checks.hpp"

#include <charconv>
#include <cmath>

namespace lcn::extract {
namespace {

constexpr std::size_t kMinConceptDigits = 6;
constexpr std::size_t kMaxConceptDigits = 18;
constexpr std::size_t kMinOdsLength = 3;
constexpr std::size_t kMaxOdsLength = 10;

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

// The length of the UTF-8 sequence starting with `lead`, or 0 when it cannot start one.
int SequenceLength(unsigned char lead) {
  if (lead < 0x80) {
    return 1;
  }
  if (lead >= 0xC2 && lead <= 0xDF) {
    return 2;
  }
  if (lead >= 0xE0 && lead <= 0xEF) {
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    return 4;
  }
  return 0;
}

}  // namespace

std::optional<std::int64_t> ParseConceptId(std::string_view text) {
  if (text.size() < kMinConceptDigits || text.size() > kMaxConceptDigits || text[0] == '0') {
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (const char c : text) {
    if (!IsDigit(c)) {
      return std::nullopt;
    }
    value = value * 10 + (c - '0');
  }
  return value;
}

bool IsOdsCode(std::string_view text) {
  if (text.size() < kMinOdsLength || text.size() > kMaxOdsLength) {
    return false;
  }
  for (const char c : text) {
    if (!IsDigit(c) && !(c >= 'A' && c <= 'Z')) {
      return false;
    }
  }
  return true;
}

std::optional<float> ParseValue(std::string_view text) {
  if (text.empty() || text[0] == '+') {
    return std::nullopt;
  }
  // from_chars accepts "nan" and "inf"; a number starts with a digit, '-' or '.'.
  const char first = text[0] == '-' && text.size() > 1 ? text[1] : text[0];
  if (!IsDigit(first) && first != '.') {
    return std::nullopt;
  }
  float value = 0.0F;
  const char* const end = text.data() + text.size();
  const auto [ptr, error] = std::from_chars(text.data(), end, value);
  if (error != std::errc() || ptr != end || !std::isfinite(value)) {
    return std::nullopt;
  }
  return value;
}

bool IsCleanUtf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const unsigned char* const end = p + text.size();
  while (p != end) {
    const unsigned char lead = *p;
    const int length = SequenceLength(lead);
    if (length == 0 || end - p < length) {
      return false;
    }
    if (length == 1) {
      if (lead < 0x20 || lead == 0x7F) {
        return false;
      }
      ++p;
      continue;
    }
    for (int i = 1; i < length; ++i) {
      if ((p[i] & 0xC0) != 0x80) {
        return false;
      }
    }
    // Overlong three- and four-byte forms, surrogates, and code points past U+10FFFF.
    if ((lead == 0xE0 && p[1] < 0xA0) || (lead == 0xED && p[1] > 0x9F) ||
        (lead == 0xF0 && p[1] < 0x90) || (lead == 0xF4 && p[1] > 0x8F)) {
      return false;
    }
    p += length;
  }
  return true;
}

}  // namespace lcn::extract
