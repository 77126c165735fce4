// Signing keys sealed under a master key outside the store, and signed
// checkpoints that expose a cut-off tail.
#include "audit/checkpoint.hpp"

#include <gtest/gtest.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>

#include "store/sqlite/statement.hpp"
#include "test_util.hpp"

namespace custos::audit {
namespace {

const Actor kCli{"cli:test", ""};

struct Fixture {
  std::string db, key;
  std::unique_ptr<Store> store;
  explicit Fixture(const std::string& name) {
    db = test::temp_path(name + ".db");
    key = db + ".master-key";
    std::filesystem::remove(key);
    store = open_store(db);
    EXPECT_TRUE(ensure_master_key(key));
  }
};

void tamper(const std::string& path, const char* sql) {
  sqlite::Connection c(path);
  c.exec("DROP TRIGGER IF EXISTS audit_log_no_update");
  c.exec("DROP TRIGGER IF EXISTS audit_log_no_delete");
  c.exec("DROP TRIGGER IF EXISTS audit_checkpoints_no_delete");
  c.exec(sql);
}

TEST(MasterKey, IsCreatedOnceWithOwnerOnlyPermissions) {
  Fixture f("keys_master");
  EXPECT_FALSE(ensure_master_key(f.key));
  struct stat st {};
  ASSERT_EQ(stat(f.key.c_str(), &st), 0);
  EXPECT_EQ(st.st_mode & 0777, 0600u);
  EXPECT_EQ(read_master_key(f.key).size(), 32u);
  chmod(f.key.c_str(), 0644);
  EXPECT_THROW(read_master_key(f.key), KeyError);
  EXPECT_THROW(read_master_key(f.key + ".missing"), KeyError);
}

TEST(SigningKeys, TheSecretHalfIsStoredOnlySealed) {
  Fixture f("keys_sealed");
  SigningKey k = generate_signing_key(*f.store, kCli, f.key);
  EXPECT_EQ(k.public_key.size(), 64u);
  EXPECT_EQ(k.key_id.size(), 16u);
  EXPECT_TRUE(active_signing_key(*f.store));
  auto [sig, key_id] = sign(*f.store, f.key, "hello");
  EXPECT_EQ(key_id, k.key_id);
  EXPECT_TRUE(verify_signature(k.public_key, "hello", sig));
  EXPECT_FALSE(verify_signature(k.public_key, "hello!", sig));
  // The sealed blob is not the secret key: nothing in it verifies as one, and
  // another master key cannot open it.
  const std::string other = test::temp_path("keys_sealed_other.key");
  ensure_master_key(other);
  EXPECT_THROW(sign(*f.store, other, "hello"), KeyError);
  // A second key becomes the active one; the first is kept.
  SigningKey k2 = generate_signing_key(*f.store, kCli, f.key);
  EXPECT_EQ(active_signing_key(*f.store)->key_id, k2.key_id);
  EXPECT_EQ(signing_keys(*f.store).size(), 2u);
  bool audited = false;
  for (const Entry& e : entries(*f.store))
    if (e.action == "keys.generate") audited = true;
  EXPECT_TRUE(audited);
}

TEST(Checkpoints, NeedAKeyAndAnEntry) {
  Fixture f("keys_needs");
  EXPECT_THROW(write_checkpoint(*f.store, kCli, f.key), std::runtime_error);  // empty chain
  record(*f.store, kCli, "x", "y");
  EXPECT_THROW(write_checkpoint(*f.store, kCli, f.key), KeyError);
}

TEST(Checkpoints, SignTheHeadAndVerify) {
  Fixture f("keys_checkpoint");
  generate_signing_key(*f.store, kCli, f.key);
  for (int i = 0; i < 3; ++i) record(*f.store, kCli, "profile.update", "profile:P" + std::to_string(i));
  Checkpoint c = write_checkpoint(*f.store, kCli, f.key);
  EXPECT_EQ(c.seq, 4);  // keys.generate, then three updates
  EXPECT_EQ(head(*f.store)->seq, 5) << "the checkpoint is itself audited";
  EXPECT_EQ(head(*f.store)->action, "audit.checkpoint");
  CheckpointVerification v = verify_checkpoints(*f.store);
  EXPECT_TRUE(v.ok) << v.problem;
  EXPECT_EQ(v.checked, 1);
  // The witness's copy round-trips through JSON.
  Checkpoint w = checkpoint_from_json(nlohmann::json::parse(to_json(c).dump()));
  EXPECT_TRUE(verify_signature(w.public_key, checkpoint_message(w), w.signature));
  EXPECT_TRUE(verify_checkpoints(*f.store, {w}).ok);
}

TEST(Checkpoints, ACutOffTailIsFound) {
  Fixture f("keys_cut");
  generate_signing_key(*f.store, kCli, f.key);
  for (int i = 0; i < 5; ++i) record(*f.store, kCli, "lane.override", "declaration:D-" + std::to_string(i));
  Checkpoint c = write_checkpoint(*f.store, kCli, f.key);  // at seq 6
  const std::string witness = to_json(c).dump();
  f.store.reset();
  // An insider removes the last entries: the chain alone still verifies ...
  tamper(f.db, "DELETE FROM audit_log WHERE seq >= 5");
  auto store = open_store(f.db);
  EXPECT_TRUE(verify(*store).ok);
  // ... but the checkpoint names the missing entry.
  CheckpointVerification v = verify_checkpoints(*store);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 6);
  EXPECT_NE(v.problem.find("cut off"), std::string::npos) << v.problem;
  // Removing the stored checkpoint too does not help against a witness.
  store.reset();
  tamper(f.db, "DELETE FROM audit_checkpoints");
  store = open_store(f.db);
  EXPECT_TRUE(verify_checkpoints(*store).ok);
  EXPECT_FALSE(verify_checkpoints(*store, {checkpoint_from_json(nlohmann::json::parse(witness))}).ok);
}

TEST(Checkpoints, ARewrittenChainOrAForgedCheckpointIsFound) {
  Fixture f("keys_rewrite");
  generate_signing_key(*f.store, kCli, f.key);
  record(*f.store, kCli, "a", "x");
  Checkpoint c = write_checkpoint(*f.store, kCli, f.key);
  Checkpoint forged = c;
  forged.hash = std::string(64, 'f');
  CheckpointVerification v = verify_checkpoints(*f.store, {forged});
  EXPECT_FALSE(v.ok);
  EXPECT_NE(v.problem.find("signature"), std::string::npos) << v.problem;
  f.store.reset();
  tamper(f.db, ("UPDATE audit_log SET hash = '" + std::string(64, 'f') + "' WHERE seq = 2").c_str());
  auto store = open_store(f.db);
  v = verify_checkpoints(*store);
  EXPECT_FALSE(v.ok);
  EXPECT_EQ(v.first_bad, 2);
  EXPECT_NE(v.problem.find("different hash"), std::string::npos) << v.problem;
}

}  // namespace
}  // namespace custos::audit
