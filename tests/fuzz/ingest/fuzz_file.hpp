#pragma once
// Writes fuzz input to a temporary file, for readers that take a path.
#include <unistd.h>

#include <cstdint>
#include <string>

namespace custos::fuzz {

class TempFile {
 public:
  TempFile(const uint8_t* data, size_t size, const char* suffix) {
    path_ = std::string("/tmp/custos_fuzz_XXXXXX") + suffix;
    int fd = mkstemps(path_.data(), static_cast<int>(std::char_traits<char>::length(suffix)));
    if (fd < 0) return;
    ok_ = write(fd, data, size) == static_cast<ssize_t>(size);
    close(fd);
  }
  ~TempFile() { unlink(path_.c_str()); }
  bool ok() const { return ok_; }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
  bool ok_ = false;
};

}  // namespace custos::fuzz
