// SPDX-License-Identifier: Apache-2.0
#include "casefinding/concept_interner.hpp"

#include <gtest/gtest.h>

namespace lcn::casefinding {
namespace {

TEST(ConceptInternerTest, GivesDenseIndexesInFirstSeenOrderThroughGrowth) {
  ConceptInterner interner;
  // Far more codes than the first table holds, with SNOMED-sized ids that share low bits.
  constexpr int kCodes = 5000;
  for (int round = 0; round < 2; ++round) {
    for (int i = 0; i < kCodes; ++i) {
      const ConceptId code = 1000000000000000 + static_cast<ConceptId>(i) * 1024;
      ASSERT_EQ(interner.Intern(code), static_cast<std::uint32_t>(i)) << "round " << round;
    }
  }
  const std::vector<ConceptId> concepts = interner.Take();
  ASSERT_EQ(concepts.size(), static_cast<std::size_t>(kCodes));
  EXPECT_EQ(concepts[1], 1000000000001024);
  EXPECT_EQ(interner.Intern(7), 0U);  // empty again after Take
}

}  // namespace
}  // namespace lcn::casefinding
