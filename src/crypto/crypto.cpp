// SPDX-License-Identifier: Apache-2.0
#include "crypto/crypto.hpp"

#include <vector>

#include <sodium.h>

#include "core/error.hpp"

namespace lcn::crypto {
namespace {

std::string ToHex(const unsigned char* data, std::size_t size) {
  std::string out(size * 2 + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), data, size);
  out.resize(size * 2);
  return out;
}

}  // namespace

void Initialise() {
  if (sodium_init() < 0) {
    throw Error(ErrorCode::kInternal, "libsodium could not be initialised");
  }
}

std::string Sha256Hex(std::string_view data) {
  unsigned char digest[crypto_hash_sha256_BYTES];
  crypto_hash_sha256(digest, reinterpret_cast<const unsigned char*>(data.data()), data.size());
  return ToHex(digest, sizeof digest);
}

std::string RandomHex(std::size_t bytes) {
  std::vector<unsigned char> buf(bytes);
  randombytes_buf(buf.data(), buf.size());
  return ToHex(buf.data(), buf.size());
}

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  if (a.empty()) {
    return true;
  }
  return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::string HashPassword(std::string_view password, HashCost cost) {
  char out[crypto_pwhash_STRBYTES];
  const unsigned long long ops = cost == HashCost::kInteractive ? crypto_pwhash_OPSLIMIT_INTERACTIVE
                                                                : crypto_pwhash_OPSLIMIT_MIN;
  const std::size_t mem = cost == HashCost::kInteractive ? crypto_pwhash_MEMLIMIT_INTERACTIVE
                                                         : crypto_pwhash_MEMLIMIT_MIN;
  if (crypto_pwhash_str_alg(out, password.data(), password.size(), ops, mem,
                            crypto_pwhash_ALG_ARGON2ID13) != 0) {
    throw Error(ErrorCode::kInternal, "password hashing ran out of memory");
  }
  return out;
}

bool VerifyPassword(std::string_view password, std::string_view encoded_hash) {
  const std::string hash(encoded_hash);  // must be NUL-terminated
  if (hash.size() >= crypto_pwhash_STRBYTES) {
    return false;
  }
  return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

}  // namespace lcn::crypto
