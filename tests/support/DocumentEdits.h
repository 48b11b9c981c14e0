#pragma once

#include <QString>

namespace Tepat {
class Cascade;
class WorkspaceDocument;
} // namespace Tepat

// Edits as the window makes them, through the document's undo stack, for tests that need "some
// unsaved work" in a synthetic workspace.
namespace Tepat::DocumentEdits {

// The first indicator of the RPJMD's first sasaran.
qint64 firstIndicator(const Cascade &cascade);
// Gives that indicator a new text, as typing it in the indicator form does.
void editFirstIndicator(WorkspaceDocument &document, const QString &text);

} // namespace Tepat::DocumentEdits
