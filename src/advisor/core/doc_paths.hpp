#pragma once
// Where the documentation is when the advisor is installed (the Debian package's place), for
// texts that send the reader there. A string literal, so that message tables can join it.

#define ADVISOR_DOCS "/usr/share/doc/advisor/"
