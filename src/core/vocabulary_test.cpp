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

constexpr std::array<std::pair<Colour, std::string_view>, 3> kColourLabels = {
    {{Colour::kRed, "Red"}, {Colour::kAmber, "Amber (wait)"}, {Colour::kGreen, "Green"}}};

TEST(VocabularyTest, LabelsGiveEachNameItsWords) {
  constexpr Vocabulary<Colour> kLabelled(kColours, kColourLabels);
  static_assert(kLabelled.LabelsMatch());
  EXPECT_TRUE(kLabelled.Labelled());
  EXPECT_EQ(kLabelled.Label(Colour::kAmber), "Amber (wait)");
  EXPECT_EQ(kLabelled.Parse("amber"), Colour::kAmber);  // labels are not names
  EXPECT_EQ(kLabelled.Parse("Amber (wait)"), std::nullopt);
  using Pairs = std::vector<std::pair<std::string_view, std::string_view>>;
  EXPECT_EQ(kLabelled.NamedLabels(),
            (Pairs{{"red", "Red"}, {"amber", "Amber (wait)"}, {"green", "Green"}}));
}

TEST(VocabularyTest, WithoutLabelsAValueIsCalledByItsName) {
  const Vocabulary<Colour> colours = kColours;
  EXPECT_FALSE(colours.Labelled());
  EXPECT_EQ(colours.Label(Colour::kGreen), "green");
  EXPECT_TRUE(colours.NamedLabels().empty());
  EXPECT_TRUE(colours.LabelsMatch());
}

TEST(VocabularyTest, LabelsInAnotherOrderOrEmptyDoNotMatch) {
  constexpr std::array<std::pair<Colour, std::string_view>, 3> kSwapped = {
      {{Colour::kAmber, "Amber"}, {Colour::kRed, "Red"}, {Colour::kGreen, "Green"}}};
  constexpr std::array<std::pair<Colour, std::string_view>, 3> kBlank = {
      {{Colour::kRed, "Red"}, {Colour::kAmber, ""}, {Colour::kGreen, "Green"}}};
  EXPECT_FALSE(Vocabulary<Colour>(kColours, kSwapped).LabelsMatch());
  EXPECT_FALSE(Vocabulary<Colour>(kColours, kBlank).LabelsMatch());
}

}  // namespace
}  // namespace lcn
