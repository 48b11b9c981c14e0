#pragma once

#include "model/PkDocument.h"

#include <QObject>

#include <functional>

class QAction;

namespace Tepat {

class MainWindow;

// Adding and deleting whole OPDs and PKs from the cascade tree (Edit menu and the tree's context
// menu). A new OPD comes after the selected one; a new PK asks whose, which level and which
// year. Deleting an OPD or PK that holds anything asks first; either way it is one undo step that
// restores everything, links into it included.
class StructureActions : public QObject
{
    Q_OBJECT

public:
    // Asked before content is deleted; true goes ahead. Tests replace it so no dialog blocks them.
    using ConfirmPrompt = std::function<bool(const QString &question)>;

    explicit StructureActions(MainWindow *window);

    QAction *addOpdAction() const { return m_addOpd; }
    QAction *addPkAction() const { return m_addPk; }
    void setConfirmPrompt(ConfirmPrompt prompt) { m_confirm = std::move(prompt); }

    // Each selects what it added and returns its id (0 when nothing was added).
    qint64 addOpd();
    qint64 addPk(qint64 opdId, PkDocument::Level level, int year);
    // Deletes an OPD or a PK; false when the user declined or the id is neither.
    bool remove(qint64 id);
    // The OPD of the tree's current node (the node itself, its Renstra, a PK or an item in it).
    qint64 currentOpd() const;
    void updateActions();

private:
    void askForPk();

    MainWindow *m_window;
    QAction *m_addOpd;
    QAction *m_addPk;
    ConfirmPrompt m_confirm;
};

} // namespace Tepat
