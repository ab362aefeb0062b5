// SPDX-License-Identifier: Apache-2.0
//
// The text helpers: tidy names, slugs, postcodes and URL lists.
#include "demo/text_tidy.hpp"

#include <gtest/gtest.h>

namespace lcn::demo {
namespace {

TEST(TextTidyTest, TidiesUpperCaseNames) {
  EXPECT_EQ(TidyName("BALL TREE SURGERY"), "Ball Tree Surgery");
  EXPECT_EQ(TidyName("HURLEY AND RIVERSIDE PRACTICES"), "Hurley And Riverside Practices");
  EXPECT_EQ(TidyName("DR AT BRADFORD'S PRACTICE"), "Dr AT Bradford's Practice");
  EXPECT_EQ(TidyName("DR. MASTERTON'S SURGERY"), "Dr. Masterton's Surgery");
  EXPECT_EQ(TidyName("ST GILES SURGERY DR PATEL"), "St Giles Surgery Dr Patel");
  EXPECT_EQ(TidyName("AT MEDICS STREATHAM PCN"), "AT Medics Streatham PCN");
  EXPECT_EQ(TidyName("HETHERINGTON AT THE PAVILION"), "Hetherington At The Pavilion");
  EXPECT_EQ(TidyName("QHS GP CARE HOME SERVICE"), "QHS GP Care Home Service");
  EXPECT_EQ(TidyName("HILLS, BROOKS & DALES GROUP PCN"), "Hills, Brooks & Dales Group PCN");
}

TEST(TextTidyTest, MakesSlugs) {
  EXPECT_EQ(Slugify("Dulwich & Nunhead Villages"), "dulwich-nunhead-villages");
  EXPECT_EQ(Slugify("Arun (Littlehampton)"), "arun-littlehampton");
  EXPECT_EQ(Slugify("Guy's Hospital"), "guys-hospital");
}

TEST(TextTidyTest, SplitsPostcodes) {
  EXPECT_EQ(PostcodeDistrict("SE16 7JX"), "SE16");
  EXPECT_EQ(PostcodeSector("SE16 7JX"), 7);
  EXPECT_EQ(PostcodeDistrict("SE167JX"), std::nullopt);
  EXPECT_EQ(PostcodeSector("SE16 "), std::nullopt);
}

TEST(TextTidyTest, FindsTheFirstUrl) {
  EXPECT_EQ(FirstUrl("https://a.example/x ; https://b.example"), "https://a.example/x");
  EXPECT_EQ(FirstUrl("(named in project brief)"), std::nullopt);
}

TEST(TextTidyTest, MatchesWholeWords) {
  EXPECT_TRUE(ContainsWord("Stones End Centre (Borough)", "Borough"));
  EXPECT_FALSE(ContainsWord("borough-wide", "Borough"));
  EXPECT_FALSE(ContainsWord("Regis LCN", "Reg"));
  EXPECT_TRUE(ContainsWord("Regis LCN (Bognor Regis)", "Regis"));
}

}  // namespace
}  // namespace lcn::demo
