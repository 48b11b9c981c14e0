#pragma once

#include "base/LocalizedText.h"

namespace Tepat {

class MainWindow;

// Switches the window's language at once. Widgets take their texts when they are made, so
// instead of teaching every form to translate itself again, the window is made again around the
// same open workspace: the undo history, findings, lock and unsaved changes live in the
// WorkspaceDocument and stay; the new window takes over the selection, geometry and docks.
class LanguageSwitch
{
public:
    // Returns the new window, shown where the old one was. The old one is closed when it deletes
    // itself on close (Qt::WA_DeleteOnClose, and then so does the new one), else hidden for its
    // owner to delete.
    static MainWindow *switchTo(MainWindow *window, Language language);
};

} // namespace Tepat
