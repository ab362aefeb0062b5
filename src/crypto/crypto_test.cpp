// SPDX-License-Identifier: Apache-2.0
#include "crypto/crypto.hpp"

#include <gtest/gtest.h>

namespace lcn::crypto {
namespace {

TEST(CryptoTest, Sha256MatchesKnownVector) {
  Initialise();
  EXPECT_EQ(Sha256Hex("abc"), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

TEST(CryptoTest, PasswordHashVerifiesOnlyTheRightPassword) {
  Initialise();
  const std::string hash = HashPassword("correct horse battery", HashCost::kMinimal);
  EXPECT_EQ(hash.rfind("$argon2id$", 0), 0U);
  EXPECT_TRUE(VerifyPassword("correct horse battery", hash));
  EXPECT_FALSE(VerifyPassword("correct horse batterz", hash));
  EXPECT_FALSE(VerifyPassword("anything", "not-a-hash"));
}

TEST(CryptoTest, RandomHexHasRequestedLengthAndVaries) {
  Initialise();
  const std::string a = RandomHex(32);
  EXPECT_EQ(a.size(), 64U);
  EXPECT_NE(a, RandomHex(32));
  EXPECT_TRUE(ConstantTimeEquals(a, a));
  EXPECT_FALSE(ConstantTimeEquals(a, RandomHex(32)));
  EXPECT_FALSE(ConstantTimeEquals("ab", "abc"));
}

}  // namespace
}  // namespace lcn::crypto
