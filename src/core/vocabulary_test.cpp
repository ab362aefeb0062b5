// SPDX-License-Identifier: Apache-2.0
#include "core/vocabulary.hpp"

#include <gtest/gtest.h>

namespace lcn {
namespace {

enum class Colour { kRed, kAmber, kGreen };

constexpr std::array<std::pair<Colour, std::string_view>, 3> kColours = {
    {{Colour::kRed, "red"}, {Colour::kAmber, "amber"}, {Colour::kGreen, "green"}}};

TEST(VocabularyTest, ParsesExactNamesOnly) {
  const Vocabulary<Colour> colours = kColours;
  EXPECT_EQ(colours.Parse("amber"), Colour::kAmber);
  EXPECT_EQ(colours.Parse("Amber"), std::nullopt);
  EXPECT_EQ(colours.Parse(""), std::nullopt);
}

TEST(VocabularyTest, NamesValuesAndListsTheTableInOrder) {
  const Vocabulary<Colour> colours = kColours;
  EXPECT_EQ(colours.Name(Colour::kGreen), "green");
  EXPECT_EQ(colours.Names(), (std::vector<std::string_view>{"red", "amber", "green"}));
  EXPECT_EQ(colours.Joined(), "red, amber, green");
}

TEST(VocabularyTest, AValueMissingFromTheTableHasNoName) {
  constexpr std::array<std::pair<Colour, std::string_view>, 1> kOnlyRed = {{{Colour::kRed, "red"}}};
  const Vocabulary<Colour> only_red = kOnlyRed;
  EXPECT_EQ(only_red.Name(Colour::kGreen), "");
}

}  // namespace
}  // namespace lcn
