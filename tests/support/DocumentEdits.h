#pragma once

#include "base/Result.h"

#include <QDate>
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
// Locks a PK as signed on paper on signedOn, as "Mark as signed" does.
Result<void>
signOnPaper(WorkspaceDocument &document, qint64 pkId, QDate signedOn = QDate(2026, 1, 2));
// Makes the PK Perubahan of a PK (strategy changed, by the Perda APBD-P) in force from berlaku;
// the new PK's id.
Result<qint64>
perubahan(WorkspaceDocument &document, qint64 pkId, QDate berlaku = QDate(2026, 7, 1));

} // namespace Tepat::DocumentEdits
