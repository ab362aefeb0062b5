// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/sctid.hpp"

#include <array>
#include <cstddef>
#include <cstdint>

namespace lcn::casefinding {
namespace {

// Verhoeff tables: the dihedral group D5 multiplication, and the position permutation.
constexpr std::array<std::array<int, 10>, 10> kMultiply = {{
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
    {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
    {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
}};

constexpr std::array<std::array<int, 10>, 8> kPermute = {{
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
    {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
    {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
}};

constexpr std::size_t kMinDigits = 6;
constexpr std::size_t kMaxDigits = 18;

void SetProblem(std::string* problem, std::string message) {
  if (problem != nullptr) {
    *problem = std::move(message);
  }
}

}  // namespace

bool HasValidVerhoeffCheckDigit(std::string_view digits) {
  int check = 0;
  std::size_t position = 0;
  for (auto it = digits.rbegin(); it != digits.rend(); ++it, ++position) {
    const auto digit = static_cast<std::size_t>(*it - '0');
    const auto permuted = static_cast<std::size_t>(kPermute.at(position % 8).at(digit));
    check = kMultiply.at(static_cast<std::size_t>(check)).at(permuted);
  }
  return check == 0;
}

std::optional<ConceptId> ParseConceptId(std::string_view text, std::string* problem) {
  if (text.empty()) {
    SetProblem(problem, "is empty");
    return std::nullopt;
  }
  for (const char c : text) {
    if (c < '0' || c > '9') {
      SetProblem(problem, "is not a number");
      return std::nullopt;
    }
  }
  if (text.size() < kMinDigits || text.size() > kMaxDigits) {
    SetProblem(problem, "must have 6 to 18 digits");
    return std::nullopt;
  }
  if (text.front() == '0') {
    SetProblem(problem, "must not start with 0");
    return std::nullopt;
  }
  // The partition identifier is the two digits before the check digit: 00 for a concept in the
  // international release, 10 for a concept in an extension (UK, dm+d). 01/11 are descriptions,
  // 02/12 relationships.
  const std::string_view partition = text.substr(text.size() - 3, 2);
  if (partition != "00" && partition != "10") {
    if (partition == "01" || partition == "11") {
      SetProblem(problem, "is a description id, not a concept id");
    } else if (partition == "02" || partition == "12") {
      SetProblem(problem, "is a relationship id, not a concept id");
    } else {
      SetProblem(problem,
                 "is not a SNOMED CT concept id (partition " + std::string(partition) + ")");
    }
    return std::nullopt;
  }
  if (!HasValidVerhoeffCheckDigit(text)) {
    SetProblem(problem, "fails the SNOMED CT check digit");
    return std::nullopt;
  }
  std::int64_t value = 0;
  for (const char c : text) {
    value = value * 10 + (c - '0');
  }
  return value;
}

}  // namespace lcn::casefinding
