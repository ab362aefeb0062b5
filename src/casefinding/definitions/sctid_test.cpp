// SPDX-License-Identifier: Apache-2.0
#include "casefinding/definitions/sctid.hpp"

#include <gtest/gtest.h>

namespace lcn::casefinding {
namespace {

TEST(SctidTest, AcceptsInternationalUkAndDmdConceptIds) {
  EXPECT_EQ(ParseConceptId("197480006"), 197480006);                  // Anxiety disorder
  EXPECT_EQ(ParseConceptId("38341003"), 38341003);                    // Hypertensive disorder
  EXPECT_EQ(ParseConceptId("925791000000100"), 925791000000100);      // Mild frailty (UK)
  EXPECT_EQ(ParseConceptId("42295711000001101"), 42295711000001101);  // dm+d VMP
}

TEST(SctidTest, RefusesTyposWithTheReason) {
  std::string problem;
  EXPECT_FALSE(ParseConceptId("197480007", &problem));
  EXPECT_EQ(problem, "fails the SNOMED CT check digit");
  EXPECT_FALSE(ParseConceptId("197840006", &problem));  // adjacent digits swapped
  EXPECT_EQ(problem, "fails the SNOMED CT check digit");
  EXPECT_FALSE(ParseConceptId("abc", &problem));
  EXPECT_EQ(problem, "is not a number");
  EXPECT_FALSE(ParseConceptId("12345", &problem));
  EXPECT_EQ(problem, "must have 6 to 18 digits");
  EXPECT_FALSE(ParseConceptId("0197480006", &problem));
  EXPECT_EQ(problem, "must not start with 0");
  EXPECT_FALSE(ParseConceptId("", &problem));
  EXPECT_EQ(problem, "is empty");
}

TEST(SctidTest, RefusesDescriptionAndRelationshipIds) {
  std::string problem;
  EXPECT_FALSE(ParseConceptId("1234567014", &problem));
  EXPECT_EQ(problem, "is a description id, not a concept id");
  EXPECT_FALSE(ParseConceptId("1234567021", &problem));
  EXPECT_EQ(problem, "is a relationship id, not a concept id");
}

TEST(SctidTest, VerhoeffMatchesKnownCheckDigits) {
  EXPECT_TRUE(HasValidVerhoeffCheckDigit("2363"));  // textbook example: 236 -> 3
  EXPECT_FALSE(HasValidVerhoeffCheckDigit("2364"));
  EXPECT_TRUE(HasValidVerhoeffCheckDigit("0"));
}

}  // namespace
}  // namespace lcn::casefinding
