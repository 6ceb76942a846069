// The YAML tree the catalogue reader walks: places, scalars, and what it refuses.
#include <advisor/catalogue/yaml_document.hpp>

#include <doctest/doctest.h>

namespace advisor::catalogue::yaml {
namespace {

std::string lines(const Diagnostics& diagnostics) {
  std::string result;
  for (const auto& diagnostic : diagnostics.all()) {
    result += format_diagnostic(diagnostic) + "\n";
  }
  return result;
}

} // namespace

TEST_CASE("parse_document builds a tree with a place on every node") {
  Diagnostics diagnostics;
  const auto root = parse_document("f.yaml",
                                   "b: 1\n"
                                   "a: \"x\"\n"
                                   "größe: [de, {k: v}]\n"
                                   "leer:\n"
                                   "n: ~\n",
                                   diagnostics);
  CHECK(lines(diagnostics) == "");
  REQUIRE(root);
  REQUIRE(root->kind == Kind::mapping);
  REQUIRE(root->members.size() == 5);
  CHECK(root->members[0].key == "b"); // file order, not sorted
  CHECK(root->members[0].value.plain);
  CHECK(root->members[1].value.value == "x");
  CHECK(!root->members[1].value.plain);
  const Node& list = root->members[2].value;
  CHECK(list.kind == Kind::sequence);
  CHECK(list.where.line == 3);
  CHECK(list.where.column == 8); // characters, not bytes: "größe: " is 7 characters
  CHECK(list.items.at(1).find("k")->where.column == 17); // the value "v"
  const Node* empty = root->find("leer");
  REQUIRE(empty != nullptr);
  CHECK(empty->kind == Kind::null);
  CHECK(empty->where.line == 4); // the key's place, not the next line
  CHECK(root->find("n")->kind == Kind::null);
  CHECK(root->find("missing") == nullptr);
}

TEST_CASE("parse_document skips a byte order mark") {
  Diagnostics diagnostics;
  const auto root = parse_document("f.yaml", "\xEF\xBB\xBFid: x\n", diagnostics);
  REQUIRE(root);
  CHECK(root->members.at(0).where.column == 1);
}

TEST_CASE("parse_document keeps the first of duplicate keys") {
  Diagnostics diagnostics;
  const auto root = parse_document("f.yaml", "a: 1\nb: 2\na: 3\n", diagnostics);
  CHECK(lines(diagnostics) == "f.yaml:3:1: error: duplicate key \"a\" (first at line 1)\n");
  REQUIRE(root);
  CHECK(root->find("a")->value == "1");
}

TEST_CASE("parse_document refuses what a catalogue never needs") {
  const auto refused = [](const std::string& content) {
    Diagnostics diagnostics;
    CHECK(!parse_document("f.yaml", content, diagnostics));
    return lines(diagnostics);
  };
  CHECK(refused("a: ! x\n") == "f.yaml:1:4: error: tags (!) are not allowed in a catalogue\n");
  CHECK(refused("a: !t {b: c}\n") ==
        "f.yaml:1:4: error: tags (!t) are not allowed in a catalogue\n");
  CHECK(refused("a: &x 1\nb: *x\n") ==
        "f.yaml:1:4: error: anchors (&x) are not allowed in a catalogue\n"
        "f.yaml:2:4: error: aliases (*x) are not allowed in a catalogue; write the value out\n");
  CHECK(refused("<<: {a: 1}\n") ==
        "f.yaml:1:1: error: merge keys (<<) are not allowed in a catalogue; write the keys out\n");
  CHECK(refused("[a]: 1\n") ==
        "f.yaml:1:1: error: a list or mapping as a key is not allowed; keys are plain names\n");
  CHECK(
      refused("a: 1\n---\nb: 2\n") ==
      "f.yaml:2:1: error: more than one document (\"---\"); a catalogue file holds exactly one\n");
  CHECK(refused("# nothing\n") == "f.yaml:1:1: error: the file is empty\n");
  CHECK(refused("a: [b\n") == "f.yaml:2:1: error: invalid YAML: end of sequence flow not found\n");
  // A quoted "<<" is an ordinary (if unknown) key, and a quoted scalar is no tag.
  Diagnostics diagnostics;
  CHECK(parse_document("f.yaml", "\"<<\": '!x'\n", diagnostics));
  CHECK(lines(diagnostics) == "");
}

TEST_CASE("parse_document stops after k_max_problems") {
  std::string content;
  for (int i = 0; i < 30; ++i) {
    content += "a: " + std::to_string(i) + "\n";
  }
  Diagnostics diagnostics;
  CHECK(!parse_document("f.yaml", content, diagnostics));
  REQUIRE(diagnostics.all().size() == k_max_problems + 1);
  CHECK(format_diagnostic(diagnostics.all().back()) ==
        "f.yaml:22:1: error: too many problems; the rest of this file is not checked");
}

TEST_CASE("describe") {
  Node node;
  CHECK(describe(node) == "nothing");
  node.kind = Kind::scalar;
  CHECK(describe(node) == "an empty text");
  node.value = "abc";
  CHECK(describe(node) == "\"abc\"");
  node.value = std::string(70, 'x');
  CHECK(describe(node) == "\"" + std::string(57, 'x') + "...\"");
  node.kind = Kind::sequence;
  CHECK(describe(node) == "a list");
  node.kind = Kind::mapping;
  CHECK(describe(node) == "a mapping");
}

} // namespace advisor::catalogue::yaml
