// SPDX-License-Identifier: Apache-2.0
#include "registry/history_codec.hpp"

#include <algorithm>
#include <bit>
#include <cstring>
#include <tuple>

#include "core/error.hpp"

namespace lcn::registry {
namespace {

void PutVarint(std::string& out, std::uint64_t v) {
  while (v >= 0x80) {
    out.push_back(static_cast<char>((v & 0x7F) | 0x80));
    v >>= 7;
  }
  out.push_back(static_cast<char>(v));
}

std::uint64_t ZigZag(std::int64_t v) {
  return (static_cast<std::uint64_t>(v) << 1) ^ static_cast<std::uint64_t>(v >> 63);
}

std::int64_t UnZigZag(std::uint64_t v) {
  return static_cast<std::int64_t>(v >> 1) ^ -static_cast<std::int64_t>(v & 1);
}

class Reader {
 public:
  explicit Reader(std::string_view bytes) : bytes_(bytes) {}

  std::uint64_t Varint() {
    if (bytes_.size() - at_ >= 10) {  // a whole varint fits: no end check per byte
      const auto* p = reinterpret_cast<const unsigned char*>(bytes_.data() + at_);
      std::uint64_t v = 0;
      for (int i = 0; i < 10; ++i) {
        v |= static_cast<std::uint64_t>(p[i] & 0x7F) << (7 * i);
        if ((p[i] & 0x80) == 0) {
          at_ += static_cast<std::size_t>(i) + 1;
          return v;
        }
      }
      Fail("a varint is too long");
    }
    std::uint64_t v = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      const auto byte = static_cast<unsigned char>(Byte());
      v |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if ((byte & 0x80) == 0) {
        return v;
      }
    }
    Fail("a varint is too long");
  }

  std::int32_t Day(std::int64_t& previous) {
    previous += UnZigZag(Varint());
    if (previous < INT32_MIN || previous > INT32_MAX) {
      Fail("a day is out of range");
    }
    return static_cast<std::int32_t>(previous);
  }

  char Byte() {
    if (at_ >= bytes_.size()) {
      Fail("it ends early");
    }
    return bytes_[at_++];
  }

  float Float() {
    std::uint32_t bits = 0;
    for (int i = 0; i < 4; ++i) {
      bits |= static_cast<std::uint32_t>(static_cast<unsigned char>(Byte())) << (8 * i);
    }
    return std::bit_cast<float>(bits);
  }

  std::size_t Count() {
    const std::uint64_t n = Varint();
    if (n > bytes_.size()) {  // every entry takes at least one byte
      Fail("a count is larger than the data");
    }
    return static_cast<std::size_t>(n);
  }

  bool AtEnd() const { return at_ == bytes_.size(); }

  [[noreturn]] static void Fail(const std::string& what) {
    throw Error(ErrorCode::kInternal, "a stored register history is damaged: " + what);
  }

 private:
  std::string_view bytes_;
  std::size_t at_ = 0;
};

}  // namespace

void Canonicalise(History& history) {
  std::sort(
      history.events.begin(), history.events.end(), [](const CodedEntry& a, const CodedEntry& b) {
        return std::tuple(a.day, a.code, a.HasValue(), std::bit_cast<std::uint32_t>(a.value)) <
               std::tuple(b.day, b.code, b.HasValue(), std::bit_cast<std::uint32_t>(b.value));
      });
  std::sort(history.medications.begin(), history.medications.end(),
            [](const MedicationEntry& a, const MedicationEntry& b) {
              return std::tie(a.day, a.code) < std::tie(b.day, b.code);
            });
  std::sort(history.encounters.begin(), history.encounters.end(),
            [](const EncounterEntry& a, const EncounterEntry& b) {
              return std::tuple(a.start_day, a.type, a.end_day.value_or(INT32_MIN)) <
                     std::tuple(b.start_day, b.type, b.end_day.value_or(INT32_MIN));
            });
}

std::string EncodeHistory(History history) {
  Canonicalise(history);
  std::string out;
  out.reserve(8 + history.events.size() * 7 + history.medications.size() * 6 +
              history.encounters.size() * 4);
  out.push_back(static_cast<char>(kHistoryFormat));
  PutVarint(out, history.events.size());
  PutVarint(out, history.medications.size());
  PutVarint(out, history.encounters.size());
  std::int64_t day = 0;
  for (const CodedEntry& e : history.events) {
    PutVarint(out, ZigZag(e.day - day));
    day = e.day;
    PutVarint(out, (static_cast<std::uint64_t>(e.code) << 1) | (e.HasValue() ? 1U : 0U));
    if (e.HasValue()) {
      const auto bits = std::bit_cast<std::uint32_t>(e.value);
      for (int i = 0; i < 4; ++i) {
        out.push_back(static_cast<char>((bits >> (8 * i)) & 0xFF));
      }
    }
  }
  day = 0;
  for (const MedicationEntry& m : history.medications) {
    PutVarint(out, ZigZag(m.day - day));
    day = m.day;
    PutVarint(out, static_cast<std::uint64_t>(m.code));
  }
  day = 0;
  for (const EncounterEntry& e : history.encounters) {
    PutVarint(out, ZigZag(e.start_day - day));
    day = e.start_day;
    out.push_back(static_cast<char>(e.type));
    // 0 when open; otherwise 1 + the zig-zag length, so an end before the start survives.
    PutVarint(out, e.end_day ? 1 + ZigZag(static_cast<std::int64_t>(*e.end_day) - e.start_day) : 0);
  }
  return out;
}

History DecodeHistory(std::string_view bytes) {
  History h;
  DecodeHistoryInto(bytes, h);
  return h;
}

void DecodeHistoryInto(std::string_view bytes, History& h) {
  Reader in(bytes);
  if (static_cast<unsigned char>(in.Byte()) != kHistoryFormat) {
    Reader::Fail("unknown format");
  }
  h.events.resize(in.Count());
  h.medications.resize(in.Count());
  h.encounters.resize(in.Count());
  std::int64_t day = 0;
  for (CodedEntry& e : h.events) {
    e.day = in.Day(day);
    const std::uint64_t code = in.Varint();
    e.code = static_cast<std::int64_t>(code >> 1);
    e.value = (code & 1) ? in.Float() : std::nanf("");
  }
  day = 0;
  for (MedicationEntry& m : h.medications) {
    m.day = in.Day(day);
    m.code = static_cast<std::int64_t>(in.Varint());
  }
  day = 0;
  for (EncounterEntry& e : h.encounters) {
    e.start_day = in.Day(day);
    const auto type = static_cast<unsigned char>(in.Byte());
    if (type > static_cast<unsigned char>(extract::EncounterType::kOutpatient)) {
      Reader::Fail("unknown encounter type");
    }
    e.type = static_cast<extract::EncounterType>(type);
    const std::uint64_t end = in.Varint();
    e.end_day.reset();
    if (end != 0) {
      std::int64_t start = e.start_day;
      start += UnZigZag(end - 1);
      e.end_day = static_cast<std::int32_t>(start);
    }
  }
  if (!in.AtEnd()) {
    Reader::Fail("bytes after the last entry");
  }
}

}  // namespace lcn::registry
