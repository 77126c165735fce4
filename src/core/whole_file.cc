#include "core/whole_file.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <cstdio>
#include <cstring>

namespace custos {

std::string write_whole_file(const std::string& path, std::string_view bytes, mode_t mode) {
  static std::atomic<unsigned> sequence{0};
  const std::string partial =
      path + ".partial." + std::to_string(::getpid()) + "." + std::to_string(sequence++);
  auto failed = [&](const char* what, int error) {
    ::unlink(partial.c_str());
    return std::string(what) + " " + path + ": " + std::strerror(error);
  };
  const int fd = ::open(partial.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode);
  if (fd < 0) return std::string("cannot create a file beside ") + path + ": " + std::strerror(errno);
  for (size_t done = 0; done < bytes.size();) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const int error = n < 0 ? errno : EIO;
      ::close(fd);
      return failed("cannot write", error);
    }
    done += static_cast<size_t>(n);
  }
  if (::fsync(fd) != 0) {
    const int error = errno;
    ::close(fd);
    return failed("cannot write", error);
  }
  if (::close(fd) != 0) return failed("cannot write", errno);
  if (std::rename(partial.c_str(), path.c_str()) != 0) return failed("cannot replace", errno);
  return {};
}

bool is_partial_file(std::string_view file_name) {
  return file_name.find(".partial.") != std::string_view::npos;
}

}  // namespace custos
