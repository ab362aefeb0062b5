// SPDX-License-Identifier: Apache-2.0
//
// Text helpers for the demo loader. ASCII only: the published data is ASCII.
#include "demo/text_tidy.hpp"

#include <array>
#include <vector>

namespace lcn::demo {
namespace {

constexpr std::array<std::string_view, 10> kAcronyms = {"PCN", "GP",  "QHS", "DMC", "SSG",
                                                        "KK",  "RHK", "RS",  "CIC", "NHS"};

bool IsUpper(char c) {
  return c >= 'A' && c <= 'Z';
}

bool IsLower(char c) {
  return c >= 'a' && c <= 'z';
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

bool IsAlnum(char c) {
  return IsUpper(c) || IsLower(c) || IsDigit(c);
}

char ToLower(char c) {
  return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c;
}

char ToUpper(char c) {
  return IsLower(c) ? static_cast<char>(c - 'a' + 'A') : c;
}

std::vector<std::string_view> SplitWords(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t start = 0;
  while (start < text.size()) {
    const auto space = text.find(' ', start);
    const auto end = space == std::string_view::npos ? text.size() : space;
    if (end > start) {
      words.push_back(text.substr(start, end - start));
    }
    start = end + 1;
  }
  return words;
}

bool IsAcronym(std::string_view word) {
  for (const auto acronym : kAcronyms) {
    if (word == acronym) {
      return true;
    }
  }
  return false;
}

std::string UpperWord(std::string_view word) {
  std::string out;
  for (const char c : word) {
    out.push_back(ToUpper(c));
  }
  return out;
}

// "BRADFORD'S" -> "Bradford's", "(NEIGHBOURHOOD" -> "(Neighbourhood".
std::string CapitaliseWord(std::string_view word) {
  std::string out;
  bool start_of_part = true;
  char previous = ' ';
  for (const char c : word) {
    if (IsUpper(c) || IsLower(c)) {
      out.push_back(start_of_part && previous != '\'' ? ToUpper(c) : ToLower(c));
      start_of_part = false;
    } else {
      out.push_back(c);
      start_of_part = true;
    }
    previous = c;
  }
  return out;
}

}  // namespace

std::string TidyName(std::string_view published) {
  const auto words = SplitWords(published);
  std::string out;
  for (std::size_t i = 0; i < words.size(); ++i) {
    const std::string upper = UpperWord(words[i]);
    const bool after_dr = i > 0 && UpperWord(words[i - 1]) == "DR";
    // Initials after "DR" ("DR AT BRADFORD'S") and the company "AT MEDICS" stay upper case.
    const bool initials = after_dr && upper.size() <= 3 && upper.find('.') == std::string::npos;
    const bool at_medics =
        upper == "AT" && i + 1 < words.size() && UpperWord(words[i + 1]) == "MEDICS";
    if (!out.empty()) {
      out.push_back(' ');
    }
    out += IsAcronym(upper) || initials || at_medics ? upper : CapitaliseWord(words[i]);
  }
  return out;
}

std::string Slugify(std::string_view text) {
  std::string out;
  bool pending_hyphen = false;
  for (const char c : text) {
    if (IsAlnum(c)) {
      if (pending_hyphen && !out.empty()) {
        out.push_back('-');
      }
      pending_hyphen = false;
      out.push_back(ToLower(c));
    } else if (c != '\'') {
      pending_hyphen = true;
    }
  }
  return out;
}

std::string WithoutSuffix(std::string_view text, std::string_view suffix) {
  if (text.size() >= suffix.size() && text.substr(text.size() - suffix.size()) == suffix) {
    return std::string(text.substr(0, text.size() - suffix.size()));
  }
  return std::string(text);
}

std::optional<std::string> PostcodeDistrict(std::string_view postcode) {
  const auto space = postcode.find(' ');
  if (space == std::string_view::npos || space == 0) {
    return std::nullopt;
  }
  return std::string(postcode.substr(0, space));
}

std::optional<int> PostcodeSector(std::string_view postcode) {
  const auto space = postcode.find(' ');
  if (space == std::string_view::npos || space + 1 >= postcode.size() ||
      !IsDigit(postcode[space + 1])) {
    return std::nullopt;
  }
  return postcode[space + 1] - '0';
}

std::optional<std::string> FirstUrl(std::string_view urls) {
  std::size_t start = 0;
  while (start < urls.size()) {
    const auto semicolon = urls.find(';', start);
    const auto end = semicolon == std::string_view::npos ? urls.size() : semicolon;
    std::string_view entry = urls.substr(start, end - start);
    while (!entry.empty() && entry.front() == ' ') {
      entry.remove_prefix(1);
    }
    while (!entry.empty() && entry.back() == ' ') {
      entry.remove_suffix(1);
    }
    if (entry.starts_with("http")) {
      return std::string(entry);
    }
    start = end + 1;
  }
  return std::nullopt;
}

bool ContainsWord(std::string_view text, std::string_view word) {
  if (word.empty()) {
    return false;
  }
  for (auto pos = text.find(word); pos != std::string_view::npos; pos = text.find(word, pos + 1)) {
    const bool starts = pos == 0 || !IsAlnum(text[pos - 1]);
    const auto after = pos + word.size();
    const bool ends = after == text.size() || !IsAlnum(text[after]);
    if (starts && ends) {
      return true;
    }
  }
  return false;
}

}  // namespace lcn::demo
