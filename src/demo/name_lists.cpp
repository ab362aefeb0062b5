// SPDX-License-Identifier: Apache-2.0
//
// The name lists. Order matters: the synthetic population indexes into them.
#include "demo/name_lists.hpp"

#include <array>

namespace lcn::demo {
namespace {

constexpr std::array<std::string_view, 48> kFemale = {
    "Olivia",  "Amelia",  "Isla",     "Ava",       "Emily",    "Sophia", "Grace",   "Mia",
    "Poppy",   "Ella",    "Margaret", "Patricia",  "Susan",    "Linda",  "Barbara", "Elizabeth",
    "Jean",    "Joan",    "Dorothy",  "Sarah",     "Claire",   "Emma",   "Rachel",  "Hannah",
    "Laura",   "Rebecca", "Aisha",    "Fatima",    "Priya",    "Nadia",  "Yetunde", "Abena",
    "Chloe",   "Jessica", "Lucy",     "Charlotte", "Megan",    "Zainab", "Maria",   "Ana",
    "Siobhan", "Niamh",   "Esther",   "Joy",       "Patience", "Hui",    "Mei",     "Agnieszka",
};

constexpr std::array<std::string_view, 48> kMale = {
    "Oliver",   "George",  "Noah",   "Arthur",  "Harry",   "Leo",     "Jack",   "Oscar",
    "Charlie",  "Thomas",  "John",   "David",   "Michael", "Peter",   "Robert", "William",
    "James",    "Richard", "Paul",   "Mark",    "Daniel",  "Matthew", "Andrew", "Christopher",
    "Mohammed", "Ahmed",   "Yusuf",  "Ibrahim", "Omar",    "Ravi",    "Arjun",  "Kwame",
    "Kofi",     "Chinedu", "Emeka",  "Samuel",  "Joseph",  "Winston", "Delroy", "Patrick",
    "Sean",     "Liam",    "Tomasz", "Piotr",   "Luis",    "Carlos",  "Wei",    "Minh",
};

constexpr std::array<std::string_view, 96> kBoth = [] {
  std::array<std::string_view, 96> out{};
  for (std::size_t i = 0; i < kFemale.size(); ++i) {
    out[i] = kFemale[i];
    out[kFemale.size() + i] = kMale[i];
  }
  return out;
}();

constexpr std::array<std::string_view, 80> kFamily = {
    "Smith",   "Jones",    "Williams",  "Brown",    "Taylor",   "Davies",   "Wilson",   "Evans",
    "Thomas",  "Johnson",  "Roberts",   "Walker",   "Wright",   "Robinson", "Thompson", "White",
    "Hughes",  "Edwards",  "Green",     "Hall",     "Wood",     "Harris",   "Lewis",    "Martin",
    "Jackson", "Clarke",   "Turner",    "Hill",     "Scott",    "Cooper",   "Morris",   "Ward",
    "Moore",   "King",     "Watson",    "Baker",    "Harrison", "Morgan",   "Patel",    "Young",
    "Allen",   "Mitchell", "James",     "Anderson", "Phillips", "Lee",      "Bell",     "Parker",
    "Davis",   "Campbell", "Murphy",    "Kelly",    "O'Brien",  "Walsh",    "Khan",     "Ali",
    "Begum",   "Ahmed",    "Hussain",   "Shah",     "Singh",    "Kaur",     "Okafor",   "Adeyemi",
    "Mensah",  "Owusu",    "Okoye",     "Boateng",  "Nguyen",   "Chen",     "Kowalski", "Nowak",
    "Silva",   "Santos",   "Rodriguez", "Ferreira", "Francis",  "Grant",    "Reid",     "Stewart",
};

}  // namespace

std::span<const std::string_view> GivenNames(domain::Sex sex) {
  switch (sex) {
    case domain::Sex::kFemale:
      return kFemale;
    case domain::Sex::kMale:
      return kMale;
    case domain::Sex::kOther:
    case domain::Sex::kUnknown:
      return kBoth;
  }
  return kBoth;
}

std::span<const std::string_view> FamilyNames() {
  return kFamily;
}

}  // namespace lcn::demo
