// libFuzzer target: one catalogue file's bytes, loaded beside the built-in sources, categories and
// rules (an odd first byte makes it an overlay's file instead). Whatever the bytes, the loader
// must return diagnostics, never crash, hang or leak.
#include <advisor/catalogue/load.hpp>

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace {

using advisor::catalogue::SourceFile;

// sources.yaml, categories.yaml and rules.yaml of the built-in catalogue: what a tool file needs.
const std::vector<SourceFile>& base_files() {
  static const std::vector<SourceFile> k_files = [] {
    std::vector<SourceFile> files;
    for (auto& file : advisor::catalogue::builtin_catalogue_files()) {
      if (file.path.find('/', std::string("catalogue/").size()) == std::string::npos)
        files.push_back(std::move(file));
    }
    return files;
  }();
  return k_files;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool overlay = (data[0] & 1U) != 0;
  SourceFile fuzzed{overlay ? "overlay/video/fuzz.yaml" : "catalogue/video/fuzz.yaml",
                    std::string(reinterpret_cast<const char*>(data) + 1, size - 1)};
  const advisor::Date today{2026, 12, 3};
  if (overlay) {
    const advisor::catalogue::Overlay layer{"overlay", {fuzzed}};
    (void)advisor::catalogue::load_catalogue(base_files(), {layer}, today);
  } else {
    auto files = base_files();
    files.push_back(std::move(fuzzed));
    (void)advisor::catalogue::load_catalogue(files, today);
  }
  return 0;
}
