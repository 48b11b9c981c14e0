#pragma once

#include <QList>
#include <QString>

class QMenu;
class QObject;
class QWidget;

// The texts a user reads in a window, each with the place it shows, for tests that check the
// language of the whole window rather than of one string. Contents are left out: a field's text
// and an item view's cells are the user's data, only the views' headers are the program's words.
namespace Tepat::VisibleText {

struct Shown
{
    QString where; // the object path from the window, e.g. "mainWindow/findingsDock/QTableView"
    QString text;  // as drawn: mnemonic ampersands taken out, rich text as plain text
};

// Everything visible in top and its children: window and dock titles, labels, buttons, group
// boxes, tabs, placeholders, spin box affixes, combo box choices, view headers, tooltips (the
// widgets' and the items' of a view) and the actions of its menu bar (with every submenu), tool
// bars and context menus.
QList<Shown> of(QWidget *top);
// The actions of a menu and its submenus, as where/… names them.
QList<Shown> ofMenu(const QMenu *menu, const QString &where);
// The path of an object from its window: object names, or class names where it has none.
QString path(const QObject *object);

} // namespace Tepat::VisibleText
