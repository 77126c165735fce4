#include "audit/keys.hpp"

#include <fcntl.h>
#include <sodium.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>

#include "core/clock.hpp"

namespace custos::audit {
namespace {

std::string hex(const unsigned char* p, size_t n) {
  std::string out(2 * n + 1, '\0');
  sodium_bin2hex(out.data(), out.size(), p, n);
  out.pop_back();
  return out;
}

bool unhex(std::string_view h, unsigned char* out, size_t n) {
  size_t len = 0;
  return sodium_hex2bin(out, n, h.data(), h.size(), nullptr, &len, nullptr) == 0 && len == n;
}

std::string short_id(std::string_view bytes) {
  unsigned char d[8];
  crypto_generichash(d, sizeof d, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(), nullptr,
                     0);
  return hex(d, sizeof d);
}

void init_sodium() {
  if (sodium_init() < 0) throw KeyError("libsodium could not be initialised");
}

SigningKey from_row(const sql::Row& r) { return {r.text(0), r.text(1), r.text(2), r.text(3), r.boolean(4)}; }

constexpr const char* kColumns = "administration, key_id, public_key, created_at, active";

}  // namespace

std::string default_master_key_path(const std::string& store_path) {
  if (const char* env = std::getenv("CUSTOS_MASTER_KEY"); env && *env) return env;
  return store_path + ".master-key";
}

bool ensure_master_key(const std::string& path) {
  init_sodium();
  const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL, 0600);
  if (fd < 0) {
    if (errno == EEXIST) return false;
    throw KeyError("cannot create the master key file " + path + ": " + std::strerror(errno));
  }
  unsigned char key[crypto_secretbox_KEYBYTES];
  randombytes_buf(key, sizeof key);
  const std::string text = hex(key, sizeof key) + "\n";
  sodium_memzero(key, sizeof key);
  const bool ok =
      ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok) throw KeyError("cannot write the master key file " + path);
  return true;
}

std::string read_master_key(const std::string& path) {
  struct stat st {};
  if (::stat(path.c_str(), &st) != 0)
    throw KeyError("no master key at " + path + " (it is created by 'custos init'; or give --master-key)");
  if ((st.st_mode & 077) != 0)
    throw KeyError("the master key file " + path + " may be read by others; make it mode 0600 (chmod 600)");
  std::ifstream in(path);
  std::string text;
  in >> text;
  std::string key(crypto_secretbox_KEYBYTES, '\0');
  if (!unhex(text, reinterpret_cast<unsigned char*>(key.data()), key.size()))
    throw KeyError("the master key file " + path + " does not hold 64 hex digits");
  return key;
}

SigningKey generate_signing_key(Store& store, const Actor& actor, const std::string& master_key_path) {
  init_sodium();
  const std::string master = read_master_key(master_key_path);
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sk[crypto_sign_SECRETKEYBYTES];
  crypto_sign_keypair(pk, sk);
  std::string sealed(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + sizeof sk, '\0');
  auto* nonce = reinterpret_cast<unsigned char*>(sealed.data());
  randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
  crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES, sk, sizeof sk, nonce,
                        reinterpret_cast<const unsigned char*>(master.data()));
  sodium_memzero(sk, sizeof sk);
  SigningKey k;
  k.administration = store.administration();
  k.public_key = hex(pk, sizeof pk);
  k.key_id = short_id(std::string_view(reinterpret_cast<const char*>(pk), sizeof pk));
  k.created_at = utc_now();
  k.active = true;
  sql::Session& db = store.sql();
  sql::Transaction tx(db);
  db.execute("UPDATE signing_keys SET active = 0 WHERE administration = $1", {sql::text(k.administration)});
  db.execute(
      "INSERT INTO signing_keys(administration, key_id, public_key, sealed_secret, master_key_id, "
      "created_at, active) "
      "VALUES ($1, $2, $3, $4, $5, $6, 1)",
      {sql::text(k.administration), sql::text(k.key_id), sql::text(k.public_key), sql::blob(sealed),
       sql::text(short_id(master)), sql::text(k.created_at)});
  record(store, actor, "keys.generate", "key:" + k.key_id,
         {{"key_id", k.key_id}, {"public_key", k.public_key}});
  tx.commit();
  return k;
}

std::vector<SigningKey> signing_keys(Store& store) {
  std::vector<SigningKey> out;
  for (const sql::Row& r :
       store.sql().query(std::string("SELECT ") + kColumns +
                             " FROM signing_keys WHERE administration = $1 ORDER BY created_at, key_id",
                         {sql::text(store.administration())}))
    out.push_back(from_row(r));
  return out;
}

std::optional<SigningKey> active_signing_key(Store& store) {
  auto r = store.sql().query_one(
      std::string("SELECT ") + kColumns + " FROM signing_keys WHERE administration = $1 AND active = 1",
      {sql::text(store.administration())});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::optional<SigningKey> find_signing_key(Store& store, const std::string& key_id) {
  auto r = store.sql().query_one(
      std::string("SELECT ") + kColumns + " FROM signing_keys WHERE administration = $1 AND key_id = $2",
      {sql::text(store.administration()), sql::text(key_id)});
  if (!r) return std::nullopt;
  return from_row(*r);
}

std::pair<std::string, std::string> sign(Store& store, const std::string& master_key_path,
                                         std::string_view message) {
  auto r = store.sql().query_one(
      "SELECT key_id, sealed_secret, master_key_id FROM signing_keys WHERE administration = $1 AND active = "
      "1",
      {sql::text(store.administration())});
  if (!r)
    throw KeyError("administration " + store.administration() +
                   " has no signing key yet (run 'custos keys generate')");
  init_sodium();
  const std::string master = read_master_key(master_key_path);
  const std::string sealed = r->blob(1);
  if (r->text(2) != short_id(master) ||
      sealed.size() != crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES + crypto_sign_SECRETKEYBYTES)
    throw KeyError("the master key at " + master_key_path + " is not the one that sealed signing key " +
                   r->text(0));
  unsigned char sk[crypto_sign_SECRETKEYBYTES];
  const auto* nonce = reinterpret_cast<const unsigned char*>(sealed.data());
  if (crypto_secretbox_open_easy(sk, nonce + crypto_secretbox_NONCEBYTES,
                                 sealed.size() - crypto_secretbox_NONCEBYTES, nonce,
                                 reinterpret_cast<const unsigned char*>(master.data())) != 0)
    throw KeyError("signing key " + r->text(0) +
                   " could not be opened: the sealed key or the master key was altered");
  unsigned char sig[crypto_sign_BYTES];
  crypto_sign_detached(sig, nullptr, reinterpret_cast<const unsigned char*>(message.data()), message.size(),
                       sk);
  sodium_memzero(sk, sizeof sk);
  return {hex(sig, sizeof sig), r->text(0)};
}

bool verify_signature(const std::string& public_key_hex, std::string_view message,
                      const std::string& signature_hex) {
  unsigned char pk[crypto_sign_PUBLICKEYBYTES], sig[crypto_sign_BYTES];
  if (!unhex(public_key_hex, pk, sizeof pk) || !unhex(signature_hex, sig, sizeof sig)) return false;
  return crypto_sign_verify_detached(sig, reinterpret_cast<const unsigned char*>(message.data()),
                                     message.size(), pk) == 0;
}

}  // namespace custos::audit
