// write_whole_file: the new bytes replace the file whole; on failure the
// former file stays as it was and no partial file is left beside it.
#include "core/whole_file.hpp"

#include <gtest/gtest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>

namespace custos {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

size_t files_in(const fs::path& dir) {
  size_t n = 0;
  for ([[maybe_unused]] const auto& e : fs::directory_iterator(dir)) ++n;
  return n;
}

class WholeFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("custos-whole-file-" + std::to_string(::getpid()));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(WholeFile, WritesAndReplacesWhole) {
  const fs::path p = dir_ / "model.json";
  EXPECT_EQ(write_whole_file(p.string(), "first"), "");
  EXPECT_EQ(read(p), "first");
  const std::string big(3 << 20, 'x');
  EXPECT_EQ(write_whole_file(p.string(), big), "");
  EXPECT_EQ(read(p), big);
  EXPECT_EQ(write_whole_file(p.string(), ""), "");
  EXPECT_EQ(read(p), "");
  EXPECT_EQ(files_in(dir_), 1u);  // nothing left beside it
}

TEST_F(WholeFile, AFailureSaysWhatAndLeavesTheFormerFile) {
  // A directory where the file should be: the rename is refused.
  const fs::path taken = dir_ / "taken";
  fs::create_directories(taken / "inside");
  const std::string error = write_whole_file(taken.string(), "new");
  EXPECT_NE(error.find("cannot replace " + taken.string()), std::string::npos) << error;
  EXPECT_TRUE(fs::is_directory(taken / "inside"));
  EXPECT_EQ(files_in(dir_), 1u);  // the partial file was removed

  // A folder that does not exist: nothing can be created beside the file.
  const std::string missing = (dir_ / "no-such-folder" / "x.json").string();
  const std::string e2 = write_whole_file(missing, "new");
  EXPECT_NE(e2.find("cannot create a file beside " + missing), std::string::npos) << e2;
  EXPECT_FALSE(fs::exists(missing));
}

TEST_F(WholeFile, ANewFileGetsTheModeAskedAndItsPartialFileIsKnownByName) {
  const fs::path p = dir_ / "cache.hs";
  const mode_t before = ::umask(022);
  EXPECT_EQ(write_whole_file(p.string(), "private", 0600), "");
  ::umask(before);
  EXPECT_EQ(fs::status(p).permissions() & fs::perms::all, fs::perms::owner_read | fs::perms::owner_write);
  EXPECT_TRUE(is_partial_file("0123456789abcdef.hs.partial.77.0"));
  EXPECT_FALSE(is_partial_file("0123456789abcdef.hs"));
}

}  // namespace
}  // namespace custos
