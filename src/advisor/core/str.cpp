#include <advisor/core/str.hpp>

#include <deque>
#include <memory>
#include <mutex>
#include <unordered_set>
#include <vector>

namespace advisor {
namespace {

const std::string_view k_empty;

// Every text kept, each once. The bytes go into large blocks, one after the other, with no
// allocation or header per string; the views into them sit in an unordered_set, whose elements
// never move, so a Str can point at one.
class Table {
public:
  const std::string_view* keep(std::string_view text) {
    const std::lock_guard lock(m_mutex);
    if (auto it = m_kept.find(text); it != m_kept.end()) return &*it;
    return &*m_kept.insert(copy(text)).first;
  }

  const std::string_view* lasting(std::string_view bytes) {
    const std::lock_guard lock(m_mutex);
    return &m_lasting.emplace_back(bytes);
  }

private:
  static constexpr std::size_t k_block = 256 * 1024;

  std::string_view copy(std::string_view text) {
    if (text.size() > k_block / 4) { // a long text gets a block of its own
      auto& block = m_blocks.emplace_back(std::make_unique<char[]>(text.size()));
      text.copy(block.get(), text.size());
      return {block.get(), text.size()};
    }
    if (m_free < text.size()) {
      m_next = m_blocks.emplace_back(std::make_unique<char[]>(k_block)).get();
      m_free = k_block;
    }
    char* at = m_next;
    text.copy(at, text.size());
    m_next += text.size();
    m_free -= text.size();
    return {at, text.size()};
  }

  std::mutex m_mutex;
  std::unordered_set<std::string_view> m_kept;
  std::deque<std::string_view> m_lasting;
  std::vector<std::unique_ptr<char[]>> m_blocks;
  char* m_next = nullptr;
  std::size_t m_free = 0;
};

Table& table() {
  static Table& kept = *new Table; // never destroyed: a Str may be read until the program ends
  return kept;
}

} // namespace

Str::Str() noexcept : m_text(&k_empty) {}

Str::Str(std::string_view text) : m_text(text.empty() ? &k_empty : table().keep(text)) {}

Str Str::lasting(std::string_view bytes) {
  return Str(bytes.empty() ? &k_empty : table().lasting(bytes));
}

} // namespace advisor
