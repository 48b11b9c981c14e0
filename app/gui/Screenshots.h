#pragma once

#include <QSize>
#include <QString>

namespace Tepat {

class MainWindow;

// Renders the pictures of the README from a workspace (`tepat --screenshots DIR`): the main
// window with an indicator that has findings selected, review mode and the realisasi window, at a
// given window size, the results dashboard in review colours at that size and at 1920×1080, and
// the main dialogs at their own size (dialog-*.png: new workspace, import, ceremony export,
// reports, settings, and the question on closing with unsaved changes).
// scripts/screenshots.sh runs it on the sample so the pictures follow the program.
class Screenshots
{
public:
    // Returns false and says why on stderr when a picture could not be written.
    static bool take(MainWindow &window, const QString &directory, QSize size);

private:
    static bool takeDialogs(MainWindow &window, const QString &directory);
};

} // namespace Tepat
