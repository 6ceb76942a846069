// libFuzzer target: the bytes of a configuration file (config.yaml). Whatever the bytes, reading
// it must give a configuration or diagnostics, never crash, hang or leak.
#include <advisor/catalogue/config.hpp>

#include <cstddef>
#include <cstdint>
#include <string>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const advisor::catalogue::SourceFile file{
      "config.yaml", std::string(reinterpret_cast<const char*>(data), size)};
  (void)advisor::catalogue::read_config(file, advisor::Date{2026, 12, 3});
  return 0;
}
