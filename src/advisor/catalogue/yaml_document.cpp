#include <advisor/catalogue/diagnostic_messages.hpp>
#include <advisor/catalogue/yaml_document.hpp>
#include <advisor/catalogue/yaml_input.hpp>

#include <fmt/format.h>
#include <sstream>
#include <unordered_map>
#include <utility>
#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/mark.h>
#include <yaml-cpp/parser.h>

namespace advisor::catalogue::yaml {
namespace {

constexpr std::string_view k_bom = "\xEF\xBB\xBF";

// Thrown by the builder to stop yaml-cpp when the rest of the file is not worth reading.
struct Stop {};

// Builds a Node tree from yaml-cpp's events, refusing what a catalogue never needs.
class Builder final : public YAML::EventHandler {
public:
  Builder(std::string_view content, const Positions& positions, Diagnostics& diagnostics)
      : m_content(content), m_positions(positions), m_diagnostics(diagnostics) {}

  // The document, when it had no anchors, aliases, tags or merge keys.
  std::optional<Node> take_root() {
    if (!m_usable || !m_root) return std::nullopt;
    return std::move(m_root);
  }

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++m_documents > 1) {
      problem(mark, "diag.two-documents");
      throw Stop{};
    }
  }
  void OnDocumentEnd() override {}

  void OnNull(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    Node node;
    node.where = location(mark);
    add(std::move(node));
  }

  void OnAlias(const YAML::Mark& mark, YAML::anchor_t /*anchor*/) override {
    problem(mark, "diag.alias", {{"word", word_at(mark)}});
    Node node;
    node.where = location(mark);
    add(std::move(node));
  }

  void OnAnchor(const YAML::Mark& mark, const std::string& name) override {
    problem(mark, "diag.anchor", {{"name", name}});
  }

  void OnScalar(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t /*anchor*/,
                const std::string& value) override {
    check_tag(mark, tag, true);
    // Escapes ("\e", "\x9b", "\0") put control characters into a text after the file's bytes
    // were checked; printed, they would drive the terminal. The text is not quoted back.
    if (auto control = find_control_character(value)) {
      problem(mark, "diag.control-character", control_args(*control));
    }
    Node node;
    node.kind = Kind::scalar;
    node.value = value;
    node.plain = tag == "?";
    node.where = location(mark);
    add(std::move(node));
  }

  void OnSequenceStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t /*anchor*/,
                       YAML::EmitterStyle::value /*style*/) override {
    check_tag(mark, tag, false);
    open(Kind::sequence, mark);
  }
  void OnSequenceEnd() override { close(); }

  void OnMapStart(const YAML::Mark& mark, const std::string& tag, YAML::anchor_t /*anchor*/,
                  YAML::EmitterStyle::value /*style*/) override {
    check_tag(mark, tag, false);
    open(Kind::mapping, mark);
  }
  void OnMapEnd() override { close(); }

private:
  struct Frame {
    Node node;
    bool have_key = false;   // a mapping's key was read, its value is next
    bool skip_value = false; // the pending key was bad or a duplicate: drop its value
    std::string key;
    Location key_where;
    std::unordered_map<std::string, int> seen; // key -> line
  };

  Location location(const YAML::Mark& mark) const { return m_positions.at(mark.line, mark.column); }

  // The text at a mark up to the next blank or flow character ("*a", "!x").
  std::string word_at(const YAML::Mark& mark) const {
    if (mark.pos < 0 || static_cast<std::size_t>(mark.pos) >= m_content.size()) return "?";
    const std::string_view rest = m_content.substr(static_cast<std::size_t>(mark.pos));
    const std::size_t end = rest.find_first_of(" \t\r\n,[]{}");
    return std::string(rest.substr(0, std::min<std::size_t>(end, 40)));
  }

  void problem(const Location& where, std::string key, MessageArgs args = {}) {
    m_usable = false;
    report(where, std::move(key), std::move(args));
  }
  void problem(const YAML::Mark& mark, std::string key, MessageArgs args = {}) {
    problem(location(mark), std::move(key), std::move(args));
  }

  // Records an error; past k_max_problems, stops reading the file.
  void report(const Location& where, std::string key, MessageArgs args = {}) {
    if (++m_problems > k_max_problems) {
      m_usable = false;
      m_diagnostics.add(make_diagnostic(Severity::error, where, "diag.too-many-problems"));
      throw Stop{};
    }
    m_diagnostics.add(make_diagnostic(Severity::error, where, std::move(key), std::move(args)));
  }

  // yaml-cpp reports "?" for untagged nodes and "!" for quoted scalars and for the explicit
  // non-specific tag "!"; the source text tells the two apart.
  void check_tag(const YAML::Mark& mark, const std::string& tag, bool scalar) {
    if (tag == "?") return;
    if (tag == "!" && scalar) {
      const auto pos = static_cast<std::size_t>(mark.pos);
      if (mark.pos < 0 || pos >= m_content.size() || m_content[pos] != '!') return;
    }
    problem(mark, "diag.tag", {{"word", word_at(mark)}});
  }

  void open(Kind kind, const YAML::Mark& mark) {
    if (static_cast<int>(m_stack.size()) >= k_max_depth) {
      problem(mark, "diag.nested-too-deep", {{"depth", std::to_string(k_max_depth)}});
      throw Stop{};
    }
    Frame frame;
    frame.node.kind = kind;
    frame.node.where = location(mark);
    m_stack.push_back(std::move(frame));
  }

  void close() {
    if (m_stack.empty()) return;
    Node node = std::move(m_stack.back().node);
    m_stack.pop_back();
    add(std::move(node));
  }

  // Attaches a finished node to the list or mapping being built, or makes it the root.
  void add(Node node) {
    if (m_stack.empty()) {
      m_root = std::move(node);
      return;
    }
    Frame& frame = m_stack.back();
    if (frame.node.kind == Kind::sequence) {
      frame.node.items.push_back(std::move(node));
    } else if (!frame.have_key) {
      take_key(frame, std::move(node));
    } else {
      take_value(frame, std::move(node));
    }
  }

  void take_key(Frame& frame, Node key) {
    frame.have_key = true;
    frame.skip_value = false;
    frame.key_where = key.where;
    if (key.kind != Kind::scalar) {
      frame.skip_value = true;
      problem(key.where, key.kind == Kind::null ? "diag.key.empty" : "diag.key.nested");
      return;
    }
    if (key.plain && key.value == "<<") {
      frame.skip_value = true;
      problem(key.where, "diag.merge-key");
      return;
    }
    frame.key = std::move(key.value);
    auto [first, inserted] = frame.seen.emplace(frame.key, key.where.line);
    if (!inserted) {
      frame.skip_value = true;
      // The tree stays usable: the first value is kept.
      report(key.where, "diag.duplicate-key",
             {{"key", frame.key}, {"line", std::to_string(first->second)}});
    }
  }

  void take_value(Frame& frame, Node value) {
    frame.have_key = false;
    if (frame.skip_value) return;
    if (value.kind == Kind::null) value.where = frame.key_where;
    frame.node.members.push_back({std::move(frame.key), frame.key_where, std::move(value)});
  }

  std::string_view m_content;
  const Positions& m_positions;
  Diagnostics& m_diagnostics;
  std::vector<Frame> m_stack;
  std::optional<Node> m_root;
  int m_documents = 0;
  int m_problems = 0;
  bool m_usable = true;
};

// yaml-cpp's words for the mistakes a hand-edited file has, as messages of our table; others are
// shown as yaml-cpp says them.
const std::pair<std::string_view, std::string_view> k_syntax_messages[] = {
    {YAML::ErrorMsg::BLOCK_ENTRY, "diag.yaml.block-entry"},
    {YAML::ErrorMsg::CHAR_IN_BLOCK, "diag.yaml.char-in-block"},
    {YAML::ErrorMsg::CHAR_IN_SCALAR, "diag.yaml.char-in-scalar"},
    {YAML::ErrorMsg::DOC_IN_SCALAR, "diag.yaml.doc-in-scalar"},
    {YAML::ErrorMsg::END_OF_MAP, "diag.yaml.end-of-map"},
    {YAML::ErrorMsg::END_OF_MAP_FLOW, "diag.yaml.end-of-map-flow"},
    {YAML::ErrorMsg::END_OF_SEQ, "diag.yaml.end-of-seq"},
    {YAML::ErrorMsg::END_OF_SEQ_FLOW, "diag.yaml.end-of-seq-flow"},
    {YAML::ErrorMsg::EOF_IN_SCALAR, "diag.yaml.eof-in-scalar"},
    {YAML::ErrorMsg::FLOW_END, "diag.yaml.flow-end"},
    {YAML::ErrorMsg::MAP_KEY, "diag.yaml.map-key"},
    {YAML::ErrorMsg::MAP_VALUE, "diag.yaml.map-value"},
    {YAML::ErrorMsg::TAB_IN_INDENTATION, "diag.yaml.tab"},
    {YAML::ErrorMsg::UNKNOWN_TOKEN, "diag.yaml.unknown-token"},
};

// "invalid YAML: " and what yaml-cpp found.
Diagnostic syntax_error(const Location& where, const std::string& message) {
  // yaml-cpp's depth guard says only "bad file".
  if (message == "bad file")
    return make_diagnostic(Severity::error, where, "diag.invalid-yaml.deep");
  for (const auto& [words, key] : k_syntax_messages) {
    if (message == words) {
      return make_diagnostic(Severity::error, where, "diag.invalid-yaml",
                             {{"detail_key", std::string(key)}});
    }
  }
  const std::string_view escape = YAML::ErrorMsg::INVALID_ESCAPE;
  if (message.starts_with(escape)) {
    return make_diagnostic(
        Severity::error, where, "diag.invalid-yaml",
        {{"detail_key", "diag.yaml.escape"}, {"character", message.substr(escape.size())}});
  }
  return make_diagnostic(Severity::error, where, "diag.invalid-yaml", {{"detail", message}});
}

} // namespace

const Node* Node::find(std::string_view key) const {
  for (const auto& member : members) {
    if (member.key == key) return &member.value;
  }
  return nullptr;
}

MessageArgs describe_args(const Node& node) {
  switch (node.kind) {
  case Kind::null:
    return {{"found_key", "diag.found.nothing"}};
  case Kind::sequence:
    return {{"found_key", "diag.found.list"}};
  case Kind::mapping:
    return {{"found_key", "diag.found.mapping"}};
  case Kind::scalar:
    break;
  }
  if (node.value.empty()) return {{"found_key", "diag.found.empty-text"}};
  std::string shown = node.value.size() > 60 ? node.value.substr(0, 57) + "..." : node.value;
  return {{"found_key", "diag.found.text"}, {"found_text", std::move(shown)}};
}

std::string describe(const Node& node) {
  const MessageArgs args = describe_args(node);
  return diagnostic_text(args.at("found_key"), Language::en, args);
}

std::optional<Node> parse_document(const std::string& path, std::string_view content,
                                   Diagnostics& diagnostics) {
  if (content.starts_with(k_bom)) content.remove_prefix(k_bom.size());
  const Positions positions(path, content);
  if (!check_input(content, positions, diagnostics)) return std::nullopt;

  Builder builder(content, positions, diagnostics);
  try {
    std::istringstream stream{std::string(content)};
    YAML::Parser parser(stream);
    if (!parser.HandleNextDocument(builder)) {
      diagnostics.add(make_diagnostic(Severity::error, positions.start(), "diag.empty-file"));
      return std::nullopt;
    }
    // A second document stops the builder with a message.
    parser.HandleNextDocument(builder);
  } catch (const Stop&) {
    return std::nullopt;
  } catch (const YAML::Exception& e) {
    const Location where =
        e.mark.is_null() ? positions.start() : positions.at(e.mark.line, e.mark.column);
    diagnostics.add(syntax_error(where, e.msg));
    return std::nullopt;
  } catch (const std::exception& e) {
    diagnostics.add(make_diagnostic(Severity::error, positions.start(), "diag.invalid-yaml",
                                    {{"detail", e.what()}}));
    return std::nullopt;
  }
  return builder.take_root();
}

} // namespace advisor::catalogue::yaml
