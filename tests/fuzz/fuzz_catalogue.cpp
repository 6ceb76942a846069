// libFuzzer target: one catalogue file's bytes, loaded beside shared files (sources, categories,
// rules). The first byte picks how: an odd one makes it an overlay's file; with its second bit
// set, beside the built-in shared files (whose source ids the seeds cite), else beside the small
// ones of the tests' catalogue (tests/data/valid), which parse in a fraction of the time of the
// built-in sources.yaml and so let the fuzzer try several times as many inputs. Whatever the
// bytes, the loader must return diagnostics, never crash, hang or leak.
#include <advisor/catalogue/load.hpp>

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace {

using advisor::catalogue::SourceFile;

// sources.yaml, categories.yaml and rules.yaml of the built-in catalogue: what a tool file needs.
const std::vector<SourceFile>& builtin_base_files() {
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

// The same three files of the tests' small catalogue, under the built-in paths.
const std::vector<SourceFile>& small_base_files() {
  static const std::vector<SourceFile> k_files = [] {
    const std::filesystem::path folder =
        std::filesystem::path(ADVISOR_SOURCE_DIR) / "tests/data/valid";
    std::vector<SourceFile> files;
    for (const char* name : {"categories.yaml", "rules.yaml", "sources.yaml"}) {
      SourceFile file = advisor::catalogue::read_catalogue_file(folder / name);
      file.path = std::string("catalogue/") + name;
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
  const auto& base_files = (data[0] & 2U) != 0 ? builtin_base_files() : small_base_files();
  SourceFile fuzzed{overlay ? "overlay/video/fuzz.yaml" : "catalogue/video/fuzz.yaml",
                    std::string(reinterpret_cast<const char*>(data) + 1, size - 1)};
  const advisor::Date today{2026, 12, 3};
  if (overlay) {
    const advisor::catalogue::Overlay layer{"overlay", {fuzzed}};
    (void)advisor::catalogue::load_catalogue(base_files, {layer}, today);
  } else {
    auto files = base_files;
    files.push_back(std::move(fuzzed));
    (void)advisor::catalogue::load_catalogue(files, today);
  }
  return 0;
}
