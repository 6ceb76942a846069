// The snapshot's bytes: a header, the table of file paths that places point into, the table of
// texts (each distinct Str once), then the catalogue's fields in the order of
// snapshot_fields.hpp. Numbers are variable-length (7 bits a byte), strings their length and
// bytes; a Str is its index in the table of texts, and a place its path's index in the table of
// paths, line and column, so that a path or a text is stored once however often it is used. The
// reader's Strs point straight into the bytes when these last as long as the program.
#include <advisor/catalogue/snapshot.hpp>
#include <advisor/catalogue/snapshot_fields.hpp>
#include <advisor/core/error.hpp>

#include <bit>
#include <cstdint>
#include <cstring>
#include <map>
#include <optional>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace advisor::catalogue {
namespace {

// Bumped whenever the layout changes; a snapshot of another version is refused.
constexpr std::string_view k_magic = "advisor-catalogue-snapshot-2\n";

#if defined(__GLIBCXX__) && defined(__x86_64__)
// A field added to the model changes its type's size: add it to snapshot_fields.hpp, then update
// the size here (sizes of libstdc++ on x86-64).
static_assert(sizeof(Provenance) == 64 && sizeof(Statement<int>) == 112 && sizeof(Facts) == 1168 &&
                  sizeof(Assessment) == 136 && sizeof(Guide) == 200 && sizeof(Entry) == 1688 &&
                  sizeof(Tool) == 1720 && sizeof(Source) == 72 && sizeof(Assessor) == 56 &&
                  sizeof(CategoryInfo) == 64 && sizeof(Condition) == 88 && sizeof(Change) == 96 &&
                  sizeof(Advice) == 88 && sizeof(Rules) == 112 && sizeof(Catalogue) == 232,
              "the model changed: update snapshot_fields.hpp, then these sizes");
#endif

template <class T> struct is_optional : std::false_type {};
template <class T> struct is_optional<std::optional<T>> : std::true_type {};
template <class T> struct is_vector : std::false_type {};
template <class T> struct is_vector<std::vector<T>> : std::true_type {};
template <class T> struct is_map : std::false_type {};
template <class K, class V> struct is_map<std::map<K, V>> : std::true_type {};

std::uint64_t zigzag(std::int64_t value) {
  return (static_cast<std::uint64_t>(value) << 1) ^ static_cast<std::uint64_t>(value >> 63);
}
std::int64_t unzigzag(std::uint64_t value) {
  return static_cast<std::int64_t>(value >> 1) ^ -static_cast<std::int64_t>(value & 1);
}

class Writer {
public:
  template <class... T> void operator()(const T&... values) { (put(values), ...); }

  // The header, the table of paths, then everything written so far.
  std::string finish() {
    Writer head;
    head.m_bytes = k_magic;
    head.number(m_paths.size());
    for (const auto* path : m_path_order)
      head.put(*path);
    head.number(m_texts.size());
    for (const auto* text : m_text_order)
      head.put(*text);
    return head.m_bytes + m_bytes;
  }

private:
  void number(std::uint64_t value) {
    while (value >= 0x80) {
      m_bytes += static_cast<char>((value & 0x7f) | 0x80);
      value >>= 7;
    }
    m_bytes += static_cast<char>(value);
  }

  template <class T> void put(const T& value) {
    if constexpr (std::is_same_v<T, bool> || std::is_enum_v<T>) {
      number(static_cast<std::uint64_t>(value));
    } else if constexpr (std::is_integral_v<T>) {
      number(zigzag(value));
    } else if constexpr (std::is_same_v<T, double>) {
      number(std::bit_cast<std::uint64_t>(value));
    } else if constexpr (std::is_same_v<T, std::string>) {
      number(value.size());
      m_bytes += value;
    } else if constexpr (std::is_same_v<T, Str>) {
      auto [it, added] = m_texts.emplace(value.str(), m_texts.size());
      if (added) m_text_order.push_back(&it->first);
      number(it->second);
    } else if constexpr (std::is_same_v<T, Location>) {
      auto [it, added] = m_paths.emplace(value.file.str(), m_paths.size());
      if (added) m_path_order.push_back(&it->first);
      number(it->second);
      (*this)(value.line, value.column);
    } else if constexpr (is_optional<T>::value) {
      put(value.has_value());
      if (value) put(*value);
    } else if constexpr (is_vector<T>::value || is_map<T>::value) {
      number(value.size());
      for (const auto& item : value)
        put(item);
    } else if constexpr (requires { value.first; }) {
      (*this)(value.first, value.second);
    } else {
      // fields() takes its argument mutable, to serve the reader too; writing only reads it.
      snapshot::fields(*this, const_cast<T&>(value));
    }
  }

  std::string m_bytes;
  std::unordered_map<std::string, std::size_t> m_paths;
  std::vector<const std::string*> m_path_order;
  std::unordered_map<std::string, std::size_t> m_texts;
  std::vector<const std::string*> m_text_order;
};

class Reader {
public:
  Reader(std::string_view bytes, SnapshotBytes lifetime) : m_bytes(bytes) {
    if (!m_bytes.starts_with(k_magic)) broken();
    m_bytes.remove_prefix(k_magic.size());
    for (std::size_t n = count(); n > 0; --n)
      m_paths.emplace_back(text());
    m_texts.resize(count());
    for (auto& kept : m_texts) {
      const std::string_view bytes_of_text = text();
      kept = lifetime == SnapshotBytes::last ? Str::lasting(bytes_of_text) : Str(bytes_of_text);
    }
  }

  template <class... T> void operator()(T&... values) { (get(values), ...); }

  void expect_end() const {
    if (!m_bytes.empty()) broken();
  }

private:
  [[noreturn]] static void broken() {
    throw Error("the built-in catalogue's snapshot is damaged or of another version");
  }

  std::uint64_t number() {
    std::uint64_t value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (m_bytes.empty()) broken();
      const auto byte = static_cast<unsigned char>(m_bytes.front());
      m_bytes.remove_prefix(1);
      value |= static_cast<std::uint64_t>(byte & 0x7f) << shift;
      if ((byte & 0x80) == 0) return value;
    }
    broken();
  }

  std::string_view text() {
    const std::size_t size = count();
    const std::string_view bytes = m_bytes.substr(0, size);
    m_bytes.remove_prefix(size);
    return bytes;
  }

  // A count of items still to come; each takes at least one byte.
  std::size_t count() {
    const std::uint64_t n = number();
    if (n > m_bytes.size()) broken();
    return static_cast<std::size_t>(n);
  }

  template <class T> void get(T& value) {
    if constexpr (std::is_same_v<T, bool>) {
      value = number() != 0;
    } else if constexpr (std::is_enum_v<T>) {
      value = static_cast<T>(number());
    } else if constexpr (std::is_integral_v<T>) {
      value = static_cast<T>(unzigzag(number()));
    } else if constexpr (std::is_same_v<T, double>) {
      value = std::bit_cast<double>(number());
    } else if constexpr (std::is_same_v<T, std::string>) {
      value.assign(text());
    } else if constexpr (std::is_same_v<T, Str>) {
      const std::uint64_t index = number();
      if (index >= m_texts.size()) broken();
      value = m_texts[index];
    } else if constexpr (std::is_same_v<T, Location>) {
      const std::uint64_t path = number();
      if (path >= m_paths.size()) broken();
      value.file = m_paths[path];
      (*this)(value.line, value.column);
    } else if constexpr (is_optional<T>::value) {
      value.reset();
      if (number() != 0) get(value.emplace());
    } else if constexpr (is_vector<T>::value) {
      value.resize(count());
      for (auto& item : value)
        get(item);
    } else if constexpr (is_map<T>::value) {
      value.clear();
      for (std::size_t n = count(); n > 0; --n) {
        typename T::key_type key{};
        get(key);
        get(value[key]);
      }
    } else {
      snapshot::fields(*this, value);
    }
  }

  std::string_view m_bytes;
  std::vector<FilePath> m_paths;
  std::vector<Str> m_texts;
};

} // namespace

std::string write_snapshot(const Catalogue& catalogue) {
  Writer writer;
  writer(catalogue);
  return writer.finish();
}

Catalogue read_snapshot(std::string_view bytes, SnapshotBytes lifetime) {
  Reader reader(bytes, lifetime);
  Catalogue catalogue;
  reader(catalogue);
  reader.expect_end();
  return catalogue;
}

} // namespace advisor::catalogue
