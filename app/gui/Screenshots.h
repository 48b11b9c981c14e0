#pragma once

#include <QSize>
#include <QString>

namespace Tepat {

class MainWindow;

// Renders the pictures of the README from a workspace (`tepat --screenshots DIR`): the main
// window with an indicator that has findings selected, review mode and the realisasi window, at a
// given window size, and the results dashboard in review colours at that size and at 1920×1080.
// scripts/screenshots.sh runs it on the sample so the pictures follow the program.
class Screenshots
{
public:
    // Returns false and says why on stderr when a picture could not be written.
    static bool take(MainWindow &window, const QString &directory, QSize size);
};

} // namespace Tepat
