// The web root served at "/": files, the single-page fallback, precompressed
// assets and their caching, and no way out of the root (.., symbolic links).
#include "server/static_files.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

namespace custos::server {
namespace {
namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("custos-static-" + std::to_string(::getpid()));
    fs::remove_all(base_);
    root_ = base_ / "web";
    fs::create_directories(root_ / "assets");
    write(root_ / "index.html", "<div id=\"app\"></div>");
    write(root_ / "assets" / "index-3f9a1c2b.js", "console.log(1)");
    write(root_ / "assets" / "index-3f9a1c2b.js.gz", "GZIPPED");
    write(base_ / "secret.txt", "root:x:0:0:secret");
    fs::create_symlink(base_ / "secret.txt", root_ / "link.txt");
  }
  void TearDown() override { fs::remove_all(base_); }
  static void write(const fs::path& p, const std::string& text) {
    std::ofstream(p, std::ios::binary) << text;
  }
  static std::string header(const Reply& r, const std::string& name) {
    for (const auto& [k, v] : r.headers)
      if (k == name) return v;
    return "";
  }
  fs::path base_, root_;
};

TEST_F(StaticFilesTest, ServesFilesAndFallsBackToTheApp) {
  StaticFiles files(root_.string());
  Reply js = files.serve("/assets/index-3f9a1c2b.js", false);
  EXPECT_EQ(js.body, "console.log(1)");
  EXPECT_EQ(js.content_type, "text/javascript; charset=utf-8");
  EXPECT_EQ(header(js, "Cache-Control"), "public, max-age=31536000, immutable");
  for (const char* path : {"/", "/targets", "/declarations/D-1", "/assets/missing-12345678.js"}) {
    Reply r = files.serve(path, false);
    EXPECT_EQ(r.body, "<div id=\"app\"></div>") << path;
    EXPECT_EQ(r.content_type, "text/html; charset=utf-8") << path;
    EXPECT_EQ(header(r, "Cache-Control"), "no-cache") << path;
  }
}

TEST_F(StaticFilesTest, SendsThePrecompressedFileToClientsThatAcceptGzip) {
  StaticFiles files(root_.string());
  Reply r = files.serve("/assets/index-3f9a1c2b.js", true);
  EXPECT_EQ(r.body, "GZIPPED");
  EXPECT_EQ(header(r, "Content-Encoding"), "gzip");
  EXPECT_EQ(header(r, "Vary"), "Accept-Encoding");
  EXPECT_EQ(r.content_type, "text/javascript; charset=utf-8");
}

TEST_F(StaticFilesTest, NeverLeavesTheRoot) {
  StaticFiles files(root_.string());
  for (const char* path : {"/../secret.txt", "/assets/../../secret.txt", "/link.txt", "//secret.txt"}) {
    Reply r = files.serve(path, false);
    EXPECT_EQ(r.body.find("secret"), std::string::npos) << path;
    EXPECT_EQ(r.body, "<div id=\"app\"></div>") << path;
  }
  // An absolute path after the first slash names a file outside the root.
  Reply r = files.serve("/" + (base_ / "secret.txt").string(), false);
  EXPECT_EQ(r.body.find("secret"), std::string::npos);
}

TEST_F(StaticFilesTest, WithoutAWebRootSaysWhereTheApiIs) {
  StaticFiles files((base_ / "absent").string());
  EXPECT_TRUE(files.root().empty());
  Reply r = files.serve("/anything", true);
  EXPECT_NE(r.body.find("/api/v1/health"), std::string::npos);
}

}  // namespace
}  // namespace custos::server
