#pragma once
// Walks the CLI11 app into the description the completion scripts are made from, so that every
// command and option appears in them without a second, hand-written list.

#include <advisor/render/completion/completion.hpp>

namespace CLI {
class App;
}

namespace advisor::cli {

// Returns the commands (hidden ones left out), their options and positional arguments, and the
// global options of `app`. What a value is comes from, in order: a type name listing choices
// ("de|en"), a CLI11 set validator ("{a,b}"), the option's name (--category, --browser,
// --language, --format, id, --instead-of, --why-not, --catalogue, --overlay, -o/--output, path),
// the type name (ID, DIR, FILE, PATH); anything else is free text.
render::CompletionSpec completion_spec(const CLI::App& app);

} // namespace advisor::cli
