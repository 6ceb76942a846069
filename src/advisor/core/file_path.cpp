#include <advisor/core/file_path.hpp>

#include <functional>
#include <mutex>
#include <unordered_set>

namespace advisor {
namespace {

const std::string k_no_path;

// Hashes std::string and std::string_view alike, so that looking a path up copies nothing.
struct PathHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view path) const {
    return std::hash<std::string_view>{}(path);
  }
};

// Every path ever used, each once; elements of an unordered_set never move.
const std::string* stored(std::string_view path) {
  if (path.empty()) return &k_no_path;
  static std::mutex mutex;
  static std::unordered_set<std::string, PathHash, std::equal_to<>> paths;
  const std::lock_guard lock(mutex);
  if (auto it = paths.find(path); it != paths.end()) return &*it;
  return &*paths.emplace(path).first;
}

} // namespace

FilePath::FilePath() : m_path(&k_no_path) {}

FilePath::FilePath(std::string_view path) : m_path(stored(path)) {}

} // namespace advisor
