// SPDX-License-Identifier: Apache-2.0
#include "registry/history_codec.hpp"

#include <random>

#include <gtest/gtest.h>

#include "core/error.hpp"

namespace lcn::registry {
namespace {

void ExpectSame(const History& a, const History& b) {
  ASSERT_EQ(a.events.size(), b.events.size());
  for (std::size_t i = 0; i < a.events.size(); ++i) {
    EXPECT_EQ(a.events[i].code, b.events[i].code);
    EXPECT_EQ(a.events[i].day, b.events[i].day);
    EXPECT_EQ(a.events[i].HasValue(), b.events[i].HasValue());
    if (a.events[i].HasValue()) {
      EXPECT_EQ(a.events[i].value, b.events[i].value);
    }
  }
  ASSERT_EQ(a.medications.size(), b.medications.size());
  for (std::size_t i = 0; i < a.medications.size(); ++i) {
    EXPECT_EQ(a.medications[i].code, b.medications[i].code);
    EXPECT_EQ(a.medications[i].day, b.medications[i].day);
  }
  ASSERT_EQ(a.encounters.size(), b.encounters.size());
  for (std::size_t i = 0; i < a.encounters.size(); ++i) {
    EXPECT_EQ(a.encounters[i].type, b.encounters[i].type);
    EXPECT_EQ(a.encounters[i].start_day, b.encounters[i].start_day);
    EXPECT_EQ(a.encounters[i].end_day, b.encounters[i].end_day);
  }
}

TEST(HistoryCodec, RoundTripsEdgesInCanonicalOrder) {
  History h;
  h.events = {{1107481000000106, 20000, 48.5F},
              {44054006, -25000, std::nanf("")},  // before 1970
              {999999999999999999, 20000, -0.0F},
              {44054006, -25000, std::nanf("")}};  // an exact duplicate is kept
  h.medications = {{39732311000001104, 19000}, {1, 18000}};
  h.encounters = {{extract::EncounterType::kEmergencyAdmission, 19500, 19510},
                  {extract::EncounterType::kOutpatient, 19400, std::nullopt},
                  {extract::EncounterType::kAeAttendance, 19600, 19599}};  // end before start
  const History back = DecodeHistory(EncodeHistory(h));
  History expected = h;
  Canonicalise(expected);
  ExpectSame(back, expected);
  EXPECT_EQ(back.events.front().day, -25000);
  EXPECT_EQ(back.encounters.front().start_day, 19400);
}

TEST(HistoryCodec, SameRowsInAnyOrderGiveTheSameBytes) {
  std::mt19937 random(7);
  History h;
  for (int i = 0; i < 500; ++i) {
    h.events.push_back({static_cast<std::int64_t>(random() % 50 + 100000),
                        static_cast<std::int32_t>(random() % 4000 + 15000),
                        i % 3 == 0 ? static_cast<float>(random() % 100) : std::nanf("")});
    h.medications.push_back({static_cast<std::int64_t>(random() % 9 + 300000),
                             static_cast<std::int32_t>(random() % 4000 + 15000)});
  }
  const std::string bytes = EncodeHistory(h);
  std::shuffle(h.events.begin(), h.events.end(), random);
  std::shuffle(h.medications.begin(), h.medications.end(), random);
  EXPECT_EQ(EncodeHistory(h), bytes);
  EXPECT_LT(bytes.size(), 500U * 7U + 500U * 6U);  // compact: a few bytes a row
  ExpectSame(DecodeHistory(bytes), [&] {
    Canonicalise(h);
    return h;
  }());
}

TEST(HistoryCodec, DamagedBytesAreRefusedNotMisread) {
  History h;
  h.events = {{44054006, 19000, 5.0F}};
  const std::string bytes = EncodeHistory(h);
  EXPECT_THROW(DecodeHistory(""), Error);
  EXPECT_THROW(DecodeHistory(bytes.substr(0, bytes.size() - 1)), Error);  // truncated
  EXPECT_THROW(DecodeHistory(bytes + "x"), Error);                        // trailing bytes
  std::string wrong_format = bytes;
  wrong_format[0] = 9;
  EXPECT_THROW(DecodeHistory(wrong_format), Error);
  EXPECT_THROW(DecodeHistory(std::string("\x01\xff\xff\xff\xff\x0f\x00\x00", 8)), Error);
  // A varint of more than ten bytes, where the buffer is long enough to read it without
  // checking its end at every byte.
  EXPECT_THROW(DecodeHistory("\x01" + std::string(16, '\xff') + std::string(4, '\0')), Error);
}

TEST(HistoryCodec, DecodingIntoAReusedHistoryReplacesEverything) {
  History big;
  big.events = {{44054006, 19000, 5.0F}, {38341003, 19001, std::nanf("")}};
  big.medications = {{39732311000001104, 19000}, {39732311000001104, 19030}};
  big.encounters = {{extract::EncounterType::kEmergencyAdmission, 19500, 19510},
                    {extract::EncounterType::kOutpatient, 19600, 19600}};
  History small;
  small.events = {{1107481000000106, 20000, std::nanf("")}};
  small.encounters = {{extract::EncounterType::kAeAttendance, 19700, std::nullopt}};
  History reused;
  DecodeHistoryInto(EncodeHistory(big), reused);
  DecodeHistoryInto(EncodeHistory(small), reused);
  ExpectSame(reused, small);  // no event value, medication or end day left from `big`
  EXPECT_FALSE(reused.encounters.front().end_day.has_value());
}

}  // namespace
}  // namespace lcn::registry
