// The floor of issue 14's target 2: what yaml-cpp alone costs to load every file of a catalogue
// and walk each tree once, without any checking or model. bench/run builds it beside the advisor
// and compares `advisor --catalogue DIR …` with it. Usage: yaml_floor DIR
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

namespace {

// Counts the nodes of a tree and the bytes of its scalars, so that the walk cannot be skipped.
std::size_t walk(const YAML::Node& node) {
  std::size_t count = 1;
  if (node.IsScalar()) return count + node.Scalar().size();
  if (node.IsSequence()) {
    for (const auto& item : node)
      count += walk(item);
  } else if (node.IsMap()) {
    for (const auto& member : node)
      count += walk(member.first) + walk(member.second);
  }
  return count;
}

} // namespace

int main(int argc, char** argv) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: yaml_floor DIR\n");
    return 2;
  }
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(argv[1])) {
    if (entry.is_regular_file() && entry.path().extension() == ".yaml") paths.push_back(entry);
  }
  std::sort(paths.begin(), paths.end());
  std::size_t total = 0;
  for (const auto& path : paths)
    total += walk(YAML::LoadFile(path.string()));
  std::printf("%zu files, %zu nodes and scalar bytes\n", paths.size(), total);
  return 0;
}
