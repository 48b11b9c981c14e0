#pragma once

#include <QToolBar>

namespace Tepat {

// The main window's toolbar: New, Open, Save, Undo, Redo, Add indicator, Delete, Review mode and
// Next finding, the window's own actions with icons (the desktop theme's when it has them, else
// Tepat's bundled SVGs drawn in the palette's text colour, so they suit dark themes too). Each
// tooltip names the action's shortcut, which is how the keyboard reaches it. Shown or hidden from
// the View menu; the choice is kept in the settings.
class MainToolBar : public QToolBar
{
    Q_OBJECT

public:
    struct Entry
    {
        QAction *action;  // nullptr for a separator
        const char *icon; // freedesktop icon name, and the bundled file's name
    };

    MainToolBar(const QList<Entry> &entries, QWidget *parent = nullptr);

    // The theme's icon by the freedesktop name, else the bundled :/icons/<name>.svg.
    static QIcon icon(const QString &name);
};

} // namespace Tepat
